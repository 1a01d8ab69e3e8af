// The validation rules (src/authorization/spending-policy.ts): each refusal, with its message, for
// the requests of a whole channel's life (test/support/channel-requests.ts) sent with and without
// the device-signed calls that justify them.
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bech32 } from '@scure/base';
import { p2wpkh, Script, Transaction } from '@scure/btc-signer';
import { decodeHsmd, encodeHsmd } from '@greenhouse/common/hsmd';
import type { HsmRequest__Output } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import type { PendingRequest__Output } from '@greenhouse/common/generated/greenlight/PendingRequest.ts';
import { HsmKeys, HsmSecret } from '../src/crypto/index.ts';
import {
  anchorWitnessScript,
  ChannelTransaction,
  fundingWitnessScript,
  p2wshScript,
  toRemoteAnchoredWitnessScript,
  TX_OPTIONS,
} from '../src/crypto/bitcoin-tx.ts';
import { deriveRevocationPublicKey, deriveSimplePublicKey } from '../src/crypto/commitment-keys.ts';
import { signHash } from '../src/crypto/ecdsa.ts';
import { Signer, type SignerOptions, type SignerRejection } from '../src/signer.ts';
import { channelLifeRequests, DBID, PEER_ID, SUBDAEMON_PERMISSIONS, type ChannelStep } from './support/channel-requests.ts';
import { TestDevice } from './support/signed-calls.ts';

const secret = HsmSecret.fromBytes(new Uint8Array(32).fill(0x42));
const steps = channelLifeRequests(secret);

function hsmRequest(step: ChannelStep, requests: PendingRequest__Output[], id: number): HsmRequest__Output {
  const context = step.on === 'master' ? null : { node_id: Buffer.from(PEER_ID), dbid: DBID.toString(), capabilities: String(SUBDAEMON_PERMISSIONS[step.on]) };
  return { request_id: id, context, raw: Buffer.from(step.request), signer_state: [], requests };
}

/** Runs every step; returns each refusal by step name, and each reply. */
function run(options: Partial<SignerOptions>, calls: (signer: Signer, device: TestDevice) => PendingRequest__Output[]) {
  const signer = new Signer({ secret, network: 'regtest', ...options });
  const device = new TestDevice();
  const pending = calls(signer, device);
  const refusals = new Map<string, string>();
  const replies = new Map<string, Buffer>();
  let current = '';
  signer.onRejection((r: SignerRejection) => refusals.set(current, r.reason));
  steps.forEach((step, i) => {
    current = step.name;
    const response = signer.process(hsmRequest(step, pending, 1000 + i));
    replies.set(step.name, Buffer.from(response.raw as Uint8Array));
  });
  return { refusals, replies };
}

const INVOICE = 'lnbcrt10u1pjexample0pp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5xysxxatsyp3k7enxv4jsxqzpu';
const PEER_HEX = Buffer.from(PEER_ID).toString('hex');
const FUNDING_DESTINATION = 'bcrt1q99564df8tjxw5mskdge8ax29z9sj0s65hv3543';

/** The signed calls that justify every money-moving request of the channel's life. */
function justifying(signer: Signer, device: TestDevice): PendingRequest__Output[] {
  const rune = device.rune(signer.runeMaster);
  const withdraw = (destination: string, sat: number) => device.call('/cln.Node/Withdraw', { destination, satoshi: { amount: { msat: String(sat * 1000) } } }, rune);
  return [
    device.call('/cln.Node/FundChannel', { id: Buffer.from(PEER_ID), amount: { amount: { msat: '1000000000' } } }, rune),
    withdraw(FUNDING_DESTINATION, 1_099_000),
    withdraw(FUNDING_DESTINATION, 509_000),
    withdraw('bcrt1quyy23fdq77trawn5qnxgxwd89chjehcg9cut3wys4la8dccptzqsn9z3vp', 200_000),
    device.call('/cln.Node/Close', { id: PEER_HEX, destination: 'bcrt1qw059xsa4tw7v4c82rww7x489ge8n3z2c4rdr55' }, rune),
    device.call('/cln.Node/Pay', { bolt11: `lightning:${INVOICE.toUpperCase()}` }, rune),
    device.call('/cln.Node/KeySend', { destination: Buffer.from(PEER_ID), amount_msat: { msat: '21000' } }, rune),
    // The outgoing HTLC on their commitment 1 (5 000 000 msat, payment hash sha256(0x05)).
    device.call('/cln.Node/SendPay', sendPayRequest(LIFE_HTLC_HASH, 5_000_000n), rune),
  ];
}

/** The HTLC we offer in the channel's life (support/channel-requests.ts, their commitment 1). */
const LIFE_HTLC_HASH = Buffer.from(sha256(Uint8Array.of(5))).toString('hex');

/** A one-hop SendPay as a device signs it: route to the peer, the payment hash, the amount delivered. */
function sendPayRequest(hashHex: string, amountMsat: bigint, firstHopMsat = amountMsat) {
  return {
    route: [{ id: Buffer.from(PEER_ID), channel: '103x1x0', delay: 18, amount_msat: { msat: String(firstHopMsat) } }],
    payment_hash: Buffer.from(hashHex, 'hex'),
    amount_msat: { msat: String(amountMsat) },
  };
}

const kindOf = (reply: Buffer | undefined) => {
  const { kind, approved } = decodeHsmd(reply!) as { kind: string; approved?: boolean };
  return { kind, approved };
};

describe('validation rules', () => {
  it('with no signed calls pending: refuses payments, the channel we open, wallet spends and the mutual close, naming each rule', () => {
    const { refusals, replies } = run({}, () => []);
    expect(Object.fromEntries(refusals)).toEqual({
      setup_channel: `channel open rule: no pending signed FundChannel, FundChannelStart, MultiFundChannel or OpenChannelInit call opens a channel to ${PEER_HEX}`,
      'sign_withdrawal (funding)': `withdraw rule: output 0 (1099000 sat to ${FUNDING_DESTINATION}) leaves the wallet, and no pending signed Withdraw names that destination and amount (0 Withdraw call(s) pending)`,
      'sign_withdrawal (previous transactions, change keypath, serial ids)':
        'withdraw rule: output 0 (200000 sat to bcrt1quyy23fdq77trawn5qnxgxwd89chjehcg9cut3wys4la8dccptzqsn9z3vp) leaves the wallet, and no pending signed Withdraw names that destination and amount (0 Withdraw call(s) pending)',
      sign_mutual_close_tx:
        "mutual close rule: output 0 (600000 sat to bcrt1qw059xsa4tw7v4c82rww7x489ge8n3z2c4rdr55), output 1 (399000 sat to bcrt1q0hre3qph6as2f27qvqtuhd5djatdj99wgre0ra) pay neither our wallet, the peer's shutdown script, nor the destination of a pending signed Close or Configure(close_to_addr)",
      'sign_withdrawal (close outputs)': `withdraw rule: output 0 (509000 sat to ${FUNDING_DESTINATION}) leaves the wallet, and no pending signed Withdraw names that destination and amount (0 Withdraw call(s) pending)`,
      preapprove_invoice: expect.stringMatching(/^payment rule: no pending signed Pay, Xpay, PreApproveInvoice or TrampolinePay call asks to pay invoice lnbcrt10u1pjexample0pp5q…enxv4jsxqzpu/),
      preapprove_invoice_check: expect.stringMatching(/^payment rule: no pending signed Pay/),
      preapprove_keysend: `payment rule: no pending signed KeySend or PreApproveKeysend call asks to send 21000 msat to ${PEER_HEX}`,
      preapprove_keysend_check: `payment rule: no pending signed KeySend or PreApproveKeysend call asks to send 21000 msat to ${PEER_HEX}`,
      'sign_remote_commitment_tx 1': `payment rule: outgoing HTLC ${LIFE_HTLC_HASH} of 5000000 msat has no device-signed payment (no approved invoice or keysend, no pending signed SendPay, SendOnion, InjectPaymentOnion, Pay, Xpay, RenePay or TrampolinePay names that payment hash, and no incoming HTLC with that hash to forward)`,
    });
    // lightningd's own connection hears "declined", never an error (which would stop lightningd).
    expect(kindOf(replies.get('preapprove_invoice'))).toEqual({ kind: 'hsmd_preapprove_invoice_reply', approved: false });
    expect(kindOf(replies.get('preapprove_keysend_check'))).toEqual({ kind: 'hsmd_preapprove_keysend_reply', approved: false });
    const unsigned = decodeHsmd(replies.get('sign_withdrawal (funding)')!) as { kind: string; psbt: Uint8Array };
    const request = decodeHsmd(steps.find((s) => s.name === 'sign_withdrawal (funding)')!.request) as { psbt: Uint8Array };
    expect(unsigned.kind).toBe('hsmd_sign_withdrawal_reply');
    expect(Buffer.from(unsigned.psbt).equals(Buffer.from(request.psbt))).toBe(true);
    // A subdaemon's request is refused outright (empty reply, error).
    expect(replies.get('sign_mutual_close_tx')!.length).toBe(0);
  });

  it('with the calls that ask for them: signs everything (invoice compared case-insensitively, lightning: prefix stripped)', () => {
    const { refusals, replies } = run({}, justifying);
    expect(Object.fromEntries(refusals)).toEqual({});
    expect(kindOf(replies.get('preapprove_invoice'))).toEqual({ kind: 'hsmd_preapprove_invoice_reply', approved: true });
  });

  it('a call for another invoice, destination or amount does not justify', () => {
    const { refusals } = run({}, (signer, device) => {
      const rune = device.rune(signer.runeMaster);
      return [
        device.call('/cln.Node/Pay', { bolt11: 'lnbcrt1u1pjother' }, rune),
        device.call('/cln.Node/KeySend', { destination: Buffer.from(PEER_ID), amount_msat: { msat: '21001' } }, rune),
        device.call('/cln.Node/Withdraw', { destination: FUNDING_DESTINATION, satoshi: { amount: { msat: '1098999000' } } }, rune),
        device.call('/cln.Node/FundChannel', { id: Buffer.alloc(33, 2), amount: { all: true } }, rune),
      ];
    });
    expect(refusals.get('preapprove_invoice')).toMatch(/^payment rule: .* \(1 payment call\(s\) pending for other invoices\)$/);
    expect(refusals.get('preapprove_keysend')).toMatch(/^payment rule: no pending signed KeySend/);
    expect(refusals.get('sign_withdrawal (funding)')).toMatch(/^withdraw rule: output 0 .* \(1 Withdraw call\(s\) pending\)$/);
    expect(refusals.get('setup_channel')).toMatch(/^channel open rule: /);
  });

  it('limits: payment amount and commitment/closing fee rate', () => {
    const { refusals } = run({ maxPaymentMsat: 20_000n, maxFeerateSatPerKw: 1 }, justifying);
    expect(refusals.get('preapprove_invoice')).toBe("payment limit: paying 1000000 msat exceeds the signer's maximum of 20000 msat per payment");
    expect(refusals.get('preapprove_keysend')).toBe("payment limit: paying 21000 msat exceeds the signer's maximum of 20000 msat per payment");
    expect(refusals.get('sign_mutual_close_tx')).toMatch(/^fee rate limit: sign_mutual_close_tx at \d+ sat\/kw exceeds the signer's maximum of 1 sat\/kw$/);
    expect([...refusals.keys()].some((name) => name.startsWith('sign_remote_commitment_tx'))).toBe(true);
    expect([...refusals.entries()].find(([name]) => name.startsWith('sign_remote_commitment_tx'))![1]).toMatch(
      /^fee rate limit: sign_remote_commitment_tx at \d+ sat\/kw exceeds the signer's maximum of 1 sat\/kw$/,
    );
  });

  it('permissive mode reports but signs', () => {
    const signer = new Signer({ secret, network: 'regtest', permissive: true });
    const rejections: SignerRejection[] = [];
    signer.onRejection((r) => rejections.push(r));
    const step = steps.find((s) => s.name === 'preapprove_invoice')!;
    expect(kindOf(Buffer.from(signer.process(hsmRequest(step, [], 1)).raw as Uint8Array))).toEqual({ kind: 'hsmd_preapprove_invoice_reply', approved: true });
    expect(rejections).toEqual([expect.objectContaining({ refused: false, reason: expect.stringMatching(/^payment rule: /) })]);
  });
});

// ---- Outgoing HTLCs and mutual close balances: a channel opened step by step, then commitments
// made for each case (the channel's own requests, with other HTLCs or outputs).

type Step = { on: ChannelStep['on']; request: Uint8Array };
type Message = ReturnType<typeof decodeHsmd>;

const stepNamed = (name: string) => steps.find((s) => s.name === name)!;
/** A step of the channel's life with some fields changed. */
function changed(name: string, change: (message: Record<string, unknown>) => Record<string, unknown>): Step {
  const step = stepNamed(name);
  return { on: step.on, request: encodeHsmd(change(decodeHsmd(step.request) as unknown as Record<string, unknown>) as unknown as Parameters<typeof encodeHsmd>[0]) };
}
const htlc = (offeredByUs: boolean, hashHex: string, amountMsat: bigint, cltv = 500) => ({
  side: offeredByUs ? 0 : 1,
  amount: amountMsat,
  payment_hash: Buffer.from(hashHex, 'hex'),
  cltv_expiry: cltv,
});
type WireHtlc = ReturnType<typeof htlc>;
/** Their commitment `n` (the life's commitment 1 transaction) carrying these HTLCs. */
const theirCommitment = (n: number, htlcs: WireHtlc[]) => changed('sign_remote_commitment_tx 1', (m) => ({ ...m, commit_num: BigInt(n), htlcs }));
/** Our commitment 1 (the peer's signature still verifies: only the HTLC list differs). */
const ourCommitment = (htlcs: WireHtlc[]) => changed('validate_commitment_tx 1', (m) => ({ ...m, htlcs }));

const hashOf = (label: string) => Buffer.from(sha256(new TextEncoder().encode(label))).toString('hex');

/** One signer and one device; each `send` is one hsmd request with the given calls pending. */
class Session {
  readonly signer: Signer;
  readonly device = new TestDevice();
  readonly rune: string;
  private id = 2000;

  constructor(options: Partial<SignerOptions> = {}) {
    this.signer = new Signer({ secret, network: 'regtest', ...options });
    this.rune = this.device.rune(this.signer.runeMaster);
  }

  call(uri: string, request: object): PendingRequest__Output {
    return this.device.call(uri, request, this.rune);
  }

  /** The reply, or the refusal's reason (a refused subdaemon request gets no reply). */
  send(step: Step, calls: PendingRequest__Output[] = [], options: { dbid?: bigint; now?: number } = {}): { reply?: Message; refusal?: string } {
    let refusal: string | undefined;
    const stop = this.signer.onRejection((r) => (refusal = r.reason));
    const dbid = options.dbid ?? DBID;
    const context = step.on === 'master' ? null : { node_id: Buffer.from(PEER_ID), dbid: dbid.toString(), capabilities: String(SUBDAEMON_PERMISSIONS[step.on]) };
    const response = this.signer.process({ request_id: this.id++, context, raw: Buffer.from(step.request), signer_state: [], requests: calls }, options.now);
    stop();
    const raw = Buffer.from(response.raw as Uint8Array);
    return { ...(raw.length > 0 && { reply: decodeHsmd(raw) }), ...(refusal !== undefined && { refusal }) };
  }

  /** Opens the life's channel (we fund it) up to commitments 0 on both sides (the life's, or these). */
  open(firstCommitments: Step[] = [stepNamed('sign_remote_commitment_tx 0'), stepNamed('validate_commitment_tx 0')]): this {
    const fund = this.call('/cln.Node/FundChannel', { id: Buffer.from(PEER_ID), amount: { amount: { msat: '1000000000' } } });
    for (const step of [...['new_channel', 'get_channel_basepoints', 'get_per_commitment_point 0', 'setup_channel'].map(stepNamed), ...firstCommitments]) {
      expect(this.send(step, [fund]).refusal).toBeUndefined();
    }
    return this;
  }
}

const noPayment = (hash: string, msat: bigint) =>
  `payment rule: outgoing HTLC ${hash} of ${msat} msat has no device-signed payment (no approved invoice or keysend, no pending signed SendPay, SendOnion, InjectPaymentOnion, Pay, Xpay, RenePay or TrampolinePay names that payment hash, and no incoming HTLC with that hash to forward)`;

/** A BOLT11 invoice string with these terms (its signature is filler: lightningd checked it before asking). */
function bolt11(amountHrp: string, hashHex: string): string {
  const tagged = (tag: number, bytes: Uint8Array) => {
    const words = bech32.toWords(bytes);
    return [tag, words.length >> 5, words.length & 31, ...words];
  };
  const words = [0, 0, 0, 0, 0, 1, 2, ...tagged(1, Buffer.from(hashHex, 'hex')), ...tagged(16, new Uint8Array(32).fill(8)), ...new Array<number>(104).fill(3)];
  return bech32.encode(`lnbcrt${amountHrp}`, words, false);
}

/** A BOLT12 invoice string (bech32 without checksum) holding invoice_payment_hash and invoice_amount. */
function bolt12Invoice(hashHex: string, amountMsat: bigint): string {
  const amount = Buffer.from(amountMsat.toString(16).padStart(8, '0'), 'hex');
  const tlv = Buffer.concat([Buffer.from([168, 32]), Buffer.from(hashHex, 'hex'), Buffer.from([170, amount.length]), amount]);
  return `lni1${bech32.encodeFromBytes('x', tlv).slice(2, -6)}`;
}

describe('payment rule: outgoing HTLCs need a device-signed payment (sign_remote_commitment_tx, validate_commitment_tx)', () => {
  const H = hashOf('payment');

  it('refuses a new HTLC we offer that nothing justifies: no signature, the exact reason', () => {
    const session = new Session().open();
    const result = session.send(theirCommitment(1, [htlc(true, H, 5_000_000n)]));
    expect(result).toEqual({ refusal: noPayment(H, 5_000_000n) });
    // HTLCs offered to us need nothing.
    expect(session.send(theirCommitment(1, [htlc(false, H, 5_000_000n)])).refusal).toBeUndefined();
  });

  it('refuses it on our own commitment too, where it should never appear first', () => {
    const session = new Session().open();
    expect(session.send(ourCommitment([htlc(true, H, 7_000_000n)]))).toEqual({ refusal: noPayment(H, 7_000_000n) });
  });

  it('a pending signed SendPay of that payment hash justifies it; once committed, it is not asked about again', () => {
    const session = new Session().open();
    const sendPay = session.call('/cln.Node/SendPay', sendPayRequest(H, 5_000_000n));
    expect(session.send(theirCommitment(1, [htlc(true, H, 5_000_000n)]), [sendPay]).reply?.kind).toBe('hsmd_sign_tx_reply');
    // The SendPay call has returned: the same HTLC on our commitment, and their next one, need no call.
    expect(session.send(ourCommitment([htlc(true, H, 5_000_000n)])).refusal).toBeUndefined();
    expect(session.send(theirCommitment(2, [htlc(true, H, 5_000_000n)])).refusal).toBeUndefined();
    // Gone from both commitments, then offered again: new again.
    expect(session.send(ourCommitment([])).refusal).toBeUndefined();
    expect(session.send(theirCommitment(3, [])).refusal).toBeUndefined();
    expect(session.send(theirCommitment(4, [htlc(true, H, 5_000_000n)])).refusal).toBe(noPayment(H, 5_000_000n));
  });

  it('a SendPay for another payment hash, or for less, does not', () => {
    const session = new Session().open();
    const other = session.call('/cln.Node/SendPay', sendPayRequest(hashOf('other'), 5_000_000n));
    expect(session.send(theirCommitment(1, [htlc(true, H, 5_000_000n)]), [other]).refusal).toBe(noPayment(H, 5_000_000n));
    const less = session.call('/cln.Node/SendPay', sendPayRequest(H, 1_000_000n));
    expect(session.send(theirCommitment(1, [htlc(true, H, 2_000_001n)]), [less]).refusal).toBe(
      `payment rule: outgoing HTLCs of ${H} total 2000001 msat, more than the 1000000 msat a pending signed SendPay names plus 1000000 msat for routing fees`,
    );
    expect(session.send(theirCommitment(1, [htlc(true, H, 2_000_000n)]), [less]).refusal).toBeUndefined();
  });

  it('an invoice the signer approved (preapprove_invoice for a pending Pay) justifies HTLCs up to its amount plus the routing fee allowance', () => {
    const session = new Session({ maxRoutingFeeMsat: 10_000n }).open();
    const invoice = bolt11('50u', H); // 5 000 000 msat
    const pay = session.call('/cln.Node/Pay', { bolt11: invoice });
    expect(session.send({ on: 'master', request: encodeHsmd({ kind: 'hsmd_preapprove_invoice', invstring: invoice }) }, [pay]).reply).toMatchObject({
      kind: 'hsmd_preapprove_invoice_reply',
      approved: true,
    });
    // The Pay call is still in flight, but the approval alone suffices (as for a keysend, whose call names no hash).
    expect(session.send(theirCommitment(1, [htlc(true, H, 5_010_001n)])).refusal).toBe(
      `payment rule: outgoing HTLCs of ${H} total 5010001 msat, more than the 5000000 msat the signer approved (invoice) plus 10000 msat for routing fees`,
    );
    expect(session.send(theirCommitment(1, [htlc(true, H, 5_010_000n)])).refusal).toBeUndefined();
  });

  it('an approval lasts 30 minutes; a check_only preapproval is not one', () => {
    const session = new Session().open();
    const invoice = bolt11('50u', H);
    const now = Date.now();
    const pay = session.call('/cln.Node/Pay', { bolt11: invoice });
    session.send({ on: 'master', request: encodeHsmd({ kind: 'hsmd_preapprove_invoice_check', invstring: invoice, check_only: true }) }, [pay], { now });
    expect(session.send(theirCommitment(1, [htlc(true, H, 5_000_000n)]), [], { now }).refusal).toBe(noPayment(H, 5_000_000n));
    session.send({ on: 'master', request: encodeHsmd({ kind: 'hsmd_preapprove_invoice_check', invstring: invoice, check_only: false }) }, [pay], { now });
    expect(session.send(theirCommitment(1, [htlc(true, H, 5_000_000n)]), [], { now: now + 31 * 60_000 }).refusal).toBe(noPayment(H, 5_000_000n));
    expect(session.send(theirCommitment(1, [htlc(true, H, 5_000_000n)]), [], { now: now + 29 * 60_000 }).refusal).toBeUndefined();
  });

  it('a pending Pay or Xpay naming the invoice justifies its HTLCs, BOLT 12 invoices included', () => {
    const session = new Session().open();
    const pay = session.call('/cln.Node/Pay', { bolt11: `lightning:${bolt11('50u', H).toUpperCase()}` });
    expect(session.send(theirCommitment(1, [htlc(true, H, 5_000_000n)]), [pay]).refusal).toBeUndefined();
    const H12 = hashOf('bolt12');
    const xpay = session.call('/cln.Node/Xpay', { invstring: bolt12Invoice(H12, 3_000_000n) });
    expect(session.send(theirCommitment(2, [htlc(true, H, 5_000_000n), htlc(true, H12, 3_000_000n)]), [xpay]).refusal).toBeUndefined();
    const tooMuch = session.call('/cln.Node/Xpay', { invstring: bolt12Invoice(hashOf('small'), 1000n) });
    expect(session.send(theirCommitment(3, [htlc(true, hashOf('small'), 1_001_001n)]), [tooMuch]).refusal).toBe(
      `payment rule: outgoing HTLCs of ${hashOf('small')} total 1001001 msat, more than the 1000 msat a pending signed Xpay names plus 1000000 msat for routing fees`,
    );
  });

  it('so do a pending SendOnion or InjectPaymentOnion (their payment hash and first hop) and a RenePay (its invoice)', () => {
    const session = new Session().open();
    const sendOnion = session.call('/cln.Node/SendOnion', {
      onion: Buffer.alloc(1366),
      first_hop: { id: Buffer.from(PEER_ID), amount_msat: { msat: '5100000' }, delay: 30 },
      payment_hash: Buffer.from(H, 'hex'),
      amount_msat: { msat: '5000000' },
    });
    expect(session.send(theirCommitment(1, [htlc(true, H, 5_100_000n)]), [sendOnion]).refusal).toBeUndefined();
    const H2 = hashOf('inject');
    const inject = session.call('/cln.Node/InjectPaymentOnion', {
      onion: Buffer.alloc(1366),
      payment_hash: Buffer.from(H2, 'hex'),
      amount_msat: { msat: '2000000' },
      cltv_expiry: 500,
      partid: 0,
      groupid: 1,
      destination_msat: { msat: '1900000' },
    });
    expect(session.send(theirCommitment(2, [htlc(true, H, 5_100_000n), htlc(true, H2, 2_000_000n)]), [inject]).refusal).toBeUndefined();
    const H3 = hashOf('renepay');
    const renepay = session.call('/cln.Node/RenePay', { invstring: bolt11('10u', H3) });
    expect(session.send(theirCommitment(3, [htlc(true, H3, 2_000_001n)]), [renepay]).refusal).toBe(
      `payment rule: outgoing HTLCs of ${H3} total 2000001 msat, more than the 1000000 msat a pending signed RenePay names plus 1000000 msat for routing fees`,
    );
    expect(session.send(theirCommitment(3, [htlc(true, H3, 1_000_500n)]), [renepay]).refusal).toBeUndefined();
  });

  it('a keysend the signer approved justifies its HTLC', () => {
    const session = new Session().open();
    const keysend = session.call('/cln.Node/KeySend', { destination: Buffer.from(PEER_ID), amount_msat: { msat: '21000' } });
    const approve = encodeHsmd({ kind: 'hsmd_preapprove_keysend', destination: PEER_ID, payment_hash: Buffer.from(H, 'hex'), amount_msat: 21_000n });
    expect(session.send({ on: 'master', request: approve }, [keysend]).reply).toMatchObject({ kind: 'hsmd_preapprove_keysend_reply', approved: true });
    expect(session.send(theirCommitment(1, [htlc(true, H, 21_000n)])).refusal).toBeUndefined();
  });

  it('a forward: HTLCs offered to us with that hash on another channel, at least as large', () => {
    const session = new Session().open();
    const inbound = DBID + 1n;
    session.send({ on: 'master', request: encodeHsmd({ kind: 'hsmd_new_channel', id: PEER_ID, dbid: inbound }) });
    expect(session.send(ourCommitment([htlc(false, H, 5_001_000n)]), [], { dbid: inbound }).refusal).toBeUndefined();
    expect(session.send(theirCommitment(1, [htlc(true, H, 5_001_001n)])).refusal).toBe(
      `payment rule: outgoing HTLCs of ${H} total 5001001 msat, more than the 5001000 msat of incoming HTLCs with that hash they would forward, and no device-signed payment names it`,
    );
    expect(session.send(theirCommitment(1, [htlc(true, H, 5_000_000n)])).refusal).toBeUndefined();
  });

  it('payment limit: the outgoing HTLCs of one payment hash, on every channel, stay within maxPaymentMsat', () => {
    const session = new Session({ maxPaymentMsat: 5_000_000n }).open();
    const other = DBID + 1n;
    session.send({ on: 'master', request: encodeHsmd({ kind: 'hsmd_new_channel', id: PEER_ID, dbid: other }) });
    const sendPay = session.call('/cln.Node/SendPay', sendPayRequest(H, 6_000_000n));
    expect(session.send(theirCommitment(1, [htlc(true, H, 3_000_000n)]), [sendPay]).refusal).toBeUndefined();
    // The second part, over the other channel: 6 000 000 msat in all.
    expect(session.send(theirCommitment(1, [htlc(true, H, 3_000_000n)]), [sendPay], { dbid: other }).refusal).toBe(
      `payment limit: outgoing HTLCs of ${H} total 6000000 msat, above the signer's maximum of 5000000 msat per payment`,
    );
  });
});

describe("mutual close rule: the peer gets no more than it owns in the latest commitments", () => {
  const setup = decodeHsmd(stepNamed('setup_channel').request) as Extract<Message, { kind: 'hsmd_setup_channel' }>;
  const keys = new HsmKeys(secret, 'regtest').channelKeys(PEER_ID, DBID);
  const remoteFundingSecret = secp256k1.Point.Fn.toBytes(1001n); // the test peer's (support/channel-requests.ts)
  const fundingScript = fundingWitnessScript(keys.fundingPublicKey, setup.remote_funding_pubkey);
  const ourWallet = p2wpkh(new HsmKeys(secret, 'regtest').wallet.walletKey(3).publicKey).script; // the setup's shutdown index
  const peerScript = p2wpkh(secp256k1.getPublicKey(secp256k1.Point.Fn.toBytes(1003n), true)).script;

  /** A transaction spending the funding output (1 000 000 sat) to these outputs, in the hsmd wire form. */
  function fundingSpend(outputs: [Uint8Array, bigint][], lockTime = 0) {
    const tx = new Transaction({ ...TX_OPTIONS, version: 2, lockTime });
    tx.addInput({
      txid: Uint8Array.from(setup.funding_txid).reverse(),
      index: 0,
      sequence: lockTime === 0 ? 0xffffffff : 0x80000000,
      witnessUtxo: { script: p2wshScript(fundingScript), amount: 1_000_000n },
    });
    for (const [script, amount] of outputs) tx.addOutput({ script, amount });
    return { tx: tx.toBytes(false, false), psbt: tx.toPSBT(0) };
  }
  const anchors = (): [Uint8Array, bigint][] => [
    [p2wshScript(anchorWitnessScript(keys.fundingPublicKey)), 330n],
    [p2wshScript(anchorWitnessScript(setup.remote_funding_pubkey)), 330n],
  ];
  /** Their commitment 1: our to_remote (anchors: 1-block CSV to our payment basepoint) and their to_local. */
  const theirs = (n: number, ourSat: bigint, theirSat: bigint) =>
    changed('sign_remote_commitment_tx 1', (m) => ({
      ...m,
      commit_num: BigInt(n),
      htlcs: [],
      tx: fundingSpend([...anchors(), [p2wshScript(toRemoteAnchoredWitnessScript(keys.basepoints.payment, 1)), ourSat], [p2wshScript(Uint8Array.of(0x51)), theirSat]], 0x20000001),
    }));
  /** Our commitment 1, signed by the peer: our to_local (revocable by them, delayed for us) and their to_remote. */
  function ours(n: number, ourSat: bigint, theirSat: bigint | undefined): Step {
    const point = keys.perCommitmentPoint(n);
    const toLocal = Script.encode([
      'IF', deriveRevocationPublicKey(setup.remote_basepoints.revocation, point),
      'ELSE', setup.remote_to_self_delay, 'CHECKSEQUENCEVERIFY', 'DROP', deriveSimplePublicKey(keys.basepoints.delayedPayment, point),
      'ENDIF', 'CHECKSIG',
    ]);
    const theirOutput: [Uint8Array, bigint][] = theirSat === undefined ? [] : [[p2wshScript(toRemoteAnchoredWitnessScript(setup.remote_basepoints.payment, 1)), theirSat]];
    const tx = fundingSpend([...anchors(), [p2wshScript(toLocal), ourSat], ...theirOutput], 0x20000001);
    const sighash = new ChannelTransaction(tx).sighash(0, fundingScript, 1);
    return changed('validate_commitment_tx 1', (m) => ({ ...m, commit_num: BigInt(n), htlcs: [], tx, sig: { signature: signHash(remoteFundingSecret, sighash), sighash_type: 1 } }));
  }
  const close = (ourSat: bigint, peerSat: bigint) =>
    changed('sign_mutual_close_tx', (m) => ({ ...m, tx: fundingSpend([[ourWallet, ourSat], [peerScript, peerSat]]) }));
  const overBy = (peerSat: bigint, claim: bigint, detail: string) =>
    `mutual close rule: output 1 pays the peer ${peerSat} sat, but it owns at most ${claim} sat in the latest commitments (${detail}): ${peerSat - claim} sat of ours would go to the peer, more than the 2 sat tolerance`;

  /** The channel opened with 600 000 sat ours and 390 000 theirs on both sides (9 340 fee, 660 anchors: ours, the opener's). */
  const opened = () => new Session().open([theirs(0, 600_000n, 390_000n), ours(0, 600_000n, 390_000n)]);
  const both = (sat: bigint) => `theirs, commitment 0: ${sat} sat; ours, commitment 0: ${sat} sat`;

  it('we opened: the peer owns its own output; a close giving it part of ours is refused, within 2 sat it is not', () => {
    const session = opened();
    expect(session.send(close(100_000n, 899_000n))).toEqual({ refusal: overBy(899_000n, 390_000n, both(390_000n)) });
    expect(session.send(close(608_997n, 390_003n)).refusal).toBe(overBy(390_003n, 390_000n, both(390_000n)));
    expect(session.send(close(608_998n, 390_002n)).refusal).toBeUndefined();
    expect(session.send(close(609_000n, 390_000n)).reply?.kind).toBe('hsmd_sign_tx_reply');
  });

  it('the latest commitments count, and the larger claim of the two bounds the peer', () => {
    const session = opened();
    expect(session.send(ours(1, 580_000n, 410_000n)).refusal).toBeUndefined();
    // Their commitment 0 still says 390 000; ours 1 gives them 20 000 more (an update in flight).
    expect(session.send(close(589_000n, 410_000n)).refusal).toBeUndefined();
    expect(session.send(theirs(1, 580_000n, 410_000n)).refusal).toBeUndefined();
    expect(session.send(close(579_000n, 420_000n)).refusal).toBe(
      overBy(420_000n, 410_000n, 'theirs, commitment 1: 410000 sat; ours, commitment 1: 410000 sat'),
    );
    // A stale commitment (a retransmission of an older one) does not replace the latest.
    expect(session.send(theirs(0, 600_000n, 390_000n)).refusal).toBeUndefined();
    expect(session.send(close(579_000n, 420_000n)).refusal).toMatch(/^mutual close rule: output 1 pays the peer 420000 sat, but it owns at most 410000 sat/);
  });

  it("our commitment without the peer's output (below dust, or a script not recognized) claims nothing either way: theirs bounds the peer", () => {
    const session = opened();
    expect(session.send(ours(1, 999_010n, undefined)).refusal).toBeUndefined();
    expect(session.signer.channelStore.channel(PEER_ID, DBID).latestLocal).toMatchObject({ commitment: 1, our_output_sat: null, peer_claim_sat: null });
    expect(session.send(close(598_997n, 390_003n)).refusal).toBe(overBy(390_003n, 390_000n, 'theirs, commitment 0: 390000 sat'));
  });

  it('the peer opened: it also owns the fee and anchors it paid', () => {
    const session = new Session();
    const inbound = changed('setup_channel', (m) => ({ ...m, is_outbound: false }));
    for (const step of [stepNamed('new_channel'), stepNamed('get_channel_basepoints'), inbound, theirs(0, 600_000n, 390_000n)]) {
      expect(session.send(step).refusal).toBeUndefined();
    }
    // 1 000 000 − 600 000: their 390 000, the 9 340 fee and the 660 of anchors.
    expect(session.send(close(600_000n, 399_000n)).refusal).toBeUndefined();
    expect(session.send(close(599_997n, 400_003n)).refusal).toBe(overBy(400_003n, 400_000n, 'theirs, commitment 0: 400000 sat'));
  });

  it('without commitments the signer kept (a channel from before, a signer that joined late), only the destinations are checked', () => {
    const session = new Session();
    for (const name of ['new_channel', 'get_channel_basepoints']) session.send(stepNamed(name));
    // No setup either: our output is justified by the Close call's destination, the other is the peer's.
    const closeTo = session.call('/cln.Node/Close', { id: PEER_HEX, destination: 'bcrt1qw059xsa4tw7v4c82rww7x489ge8n3z2c4rdr55' });
    expect(session.send(close(100_000n, 899_000n), [closeTo]).refusal).toBeUndefined();
  });
});
