// The validation rules (src/authorization/spending-policy.ts): each refusal, with its message, for
// the requests of a whole channel's life (test/support/channel-requests.ts) sent with and without
// the device-signed calls that justify them.
import { describe, expect, it } from 'vitest';
import { decodeHsmd } from '@greenhouse/common/hsmd';
import type { HsmRequest__Output } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import type { PendingRequest__Output } from '@greenhouse/common/generated/greenlight/PendingRequest.ts';
import { HsmSecret } from '../src/crypto/index.ts';
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
  ];
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
