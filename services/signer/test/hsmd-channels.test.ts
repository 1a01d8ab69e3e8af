// The channel messages on a bare machine: replies equal to what CLN's lightning_hsmd answered to the
// same requests (fixtures/hsmd-channel-vectors.json, captured by support/capture-channel-vectors.ts;
// test/real-hsmd-channels.test.ts compares live), and the state the signer keeps across requests.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeHsmd, decodeHsmdAs, encodeHsmd, type HsmdMessage } from '@greenhouse/common/hsmd';
import { SignerState } from '@greenhouse/common/signer-state';
import { HsmdRefusal, HsmdRequestHandler, type HsmdClientContext } from '../src/hsmd/request-handler.ts';
import { ChannelStore } from '../src/channels/channel-state.ts';
import { APPROVAL_LIFETIME_MS, MAX_APPROVALS, PAYMENT_APPROVALS_KEY, PaymentApprovals } from '../src/channels/payment-approvals.ts';
import { sha256 } from '@noble/hashes/sha2.js';
import { channelLifeRequests, DBID, PEER_ID, SUBDAEMON_PERMISSIONS, VECTOR_SECRETS, type ChannelStep, type Connection } from './support/channel-requests.ts';
import { REGTEST_INIT } from '../../../test/support/hsmd-requests.ts';

interface Vectors {
  source: string;
  init: string;
  cases: { secret: string; steps: { name: string; on: Connection; request: string; reply: string }[] }[];
}

const vectors = JSON.parse(readFileSync(new URL('./fixtures/hsmd-channel-vectors.json', import.meta.url), 'utf8')) as Vectors;
const contextOf = (on: Connection): HsmdClientContext | undefined =>
  on === 'master' ? undefined : { peerId: PEER_ID, dbid: DBID, permissions: BigInt(SUBDAEMON_PERMISSIONS[on]) };
const hex = (bytes: Uint8Array | undefined) => Buffer.from(bytes!).toString('hex');

function handler(secretIndex = 0, store = new ChannelStore()) {
  const h = new HsmdRequestHandler(VECTOR_SECRETS[secretIndex]!.secret, 'regtest', store);
  h.handle(REGTEST_INIT, undefined);
  return h;
}

/** The generated steps by name, so tests can replay parts of the channel's life. */
function stepsByName(secretIndex = 0): Map<string, ChannelStep> {
  return new Map(channelLifeRequests(VECTOR_SECRETS[secretIndex]!.secret).map((s) => [s.name, s]));
}

function send(h: HsmdRequestHandler, step: ChannelStep | { on: Connection; request: Uint8Array }) {
  return h.handle(step.request, contextOf(step.on), () => undefined)!;
}

describe(`channel messages = ${vectors.source}, byte for byte (captured vectors)`, () => {
  vectors.cases.forEach((captured, index) => {
    it(`${captured.secret}: ${captured.steps.length} requests of a channel's life`, () => {
      expect(captured.secret).toBe(VECTOR_SECRETS[index]!.name);
      const h = handler(index);
      const generated = channelLifeRequests(VECTOR_SECRETS[index]!.secret);
      expect(generated.map((s) => s.name)).toEqual(captured.steps.map((s) => s.name));
      captured.steps.forEach((step, i) => {
        // The generator still makes the requests the vectors were captured for.
        expect(hex(generated[i]!.request), `request ${step.name}`).toBe(step.request);
        expect(hex(send(h, { on: step.on, request: Buffer.from(step.request, 'hex') })), `${step.name} on ${step.on}`).toBe(step.reply);
      });
    });
  });

  it('covers every message type of a channel and a payment CLN sends', () => {
    const kinds = new Set(vectors.cases[0]!.steps.map((s) => decodeHsmd(Buffer.from(s.request, 'hex')).kind));
    expect([...kinds].sort()).toEqual(
      [
        'hsmd_bip137_sign_message',
        'hsmd_cannouncement_sig_req',
        'hsmd_check_future_secret',
        'hsmd_check_outpoint',
        'hsmd_forget_channel',
        'hsmd_get_channel_basepoints',
        'hsmd_get_output_scriptpubkey',
        'hsmd_get_per_commitment_point',
        'hsmd_lock_outpoint',
        'hsmd_new_channel',
        'hsmd_preapprove_invoice',
        'hsmd_preapprove_invoice_check',
        'hsmd_preapprove_keysend',
        'hsmd_preapprove_keysend_check',
        'hsmd_revoke_commitment_tx',
        'hsmd_setup_channel',
        'hsmd_sign_anchorspend',
        'hsmd_sign_any_cannouncement_req',
        'hsmd_sign_any_delayed_payment_to_us',
        'hsmd_sign_any_local_htlc_tx',
        'hsmd_sign_any_penalty_to_us',
        'hsmd_sign_bolt12',
        'hsmd_sign_bolt12_2',
        'hsmd_sign_any_remote_htlc_to_us',
        'hsmd_sign_commitment_tx',
        'hsmd_sign_delayed_payment_to_us',
        'hsmd_sign_htlc_tx_mingle',
        'hsmd_sign_mutual_close_tx',
        'hsmd_sign_option_will_fund_offer',
        'hsmd_sign_penalty_to_us',
        'hsmd_sign_remote_commitment_tx',
        'hsmd_sign_remote_htlc_to_us',
        'hsmd_sign_remote_htlc_tx',
        'hsmd_sign_splice_tx',
        'hsmd_sign_withdrawal',
        'hsmd_validate_commitment_tx',
        'hsmd_validate_revocation',
      ].sort(),
    );
  });
});

describe('what the signer remembers about a channel, and the checks it makes with it', () => {
  const steps = stepsByName();
  const run = (h: HsmdRequestHandler, ...names: string[]) => names.map((name) => send(h, steps.get(name)!));
  const opened = (store = new ChannelStore()) => {
    const h = handler(0, store);
    run(h, 'new_channel', 'get_channel_basepoints', 'setup_channel', 'sign_remote_commitment_tx 0', 'validate_commitment_tx 0');
    return h;
  };
  const withField = (name: string, change: (m: HsmdMessage) => HsmdMessage) => {
    const step = steps.get(name)!;
    return { on: step.on, request: encodeHsmd(change(decodeHsmd(step.request) as HsmdMessage) as Parameters<typeof encodeHsmd>[0]) };
  };

  it('keeps the setup, commitments validated and revoked, and the peer secrets in signer_state', () => {
    const store = new ChannelStore();
    const h = opened(store);
    run(h, 'sign_remote_commitment_tx 1', 'validate_commitment_tx 1', 'revoke_commitment_tx 0', 'validate_revocation 0');
    const record = store.channel(PEER_ID, DBID);
    expect(record.setup?.is_outbound).toBe(true);
    expect(record.setup?.channel_type).toBe('101000');
    expect(record.validatedLocal).toBe(1);
    expect(record.revokedLocal).toBe(0);
    expect(record.remotePoint(0)).toBeUndefined(); // revoked: its secret replaces it
    expect(record.remotePoint(1)).toBeDefined();
    expect(record.remoteSecrets.nextCommitment).toBe(1);
    expect(store.state.keys()).toEqual([ChannelStore.keyOf(PEER_ID, DBID)]);
  });

  it('never signs a commitment of ours that it revoked, nor validates one', () => {
    const h = opened();
    run(h, 'sign_remote_commitment_tx 1', 'validate_commitment_tx 1', 'revoke_commitment_tx 0');
    const forceClose0 = withField('sign_commitment_tx 1 (force close)', (m) => ({ ...m, commit_num: 0n }) as HsmdMessage);
    expect(() => send(h, forceClose0)).toThrow(HsmdRefusal);
    expect(() => send(h, forceClose0)).toThrow(/refusing to sign commitment 0 of channel 03f01d6b.*\/7: it was revoked \(revoked through 0\)/);
    expect(decodeHsmd(run(h, 'sign_commitment_tx 1 (force close)')[0]!).kind).toBe('hsmd_sign_commitment_tx_reply');
    expect(() => run(h, 'validate_commitment_tx 0')).toThrow(/commitment 0 of channel .* was already revoked/);
  });

  it('refuses to revoke a commitment before its successor was validated', () => {
    const h = opened();
    expect(() => run(h, 'revoke_commitment_tx 0')).toThrow(/refusing to revoke commitment 0 .*: its successor 1 was not validated \(latest validated: 0\)/);
  });

  it("refuses a commitment whose peer signature does not verify against the peer's funding key", () => {
    const h = opened();
    const forged = withField('validate_commitment_tx 1', (m) => {
      const message = m as Extract<HsmdMessage, { kind: 'hsmd_validate_commitment_tx' }>;
      const signature = Uint8Array.from(message.sig.signature);
      signature[40]! ^= 1;
      return { ...message, sig: { ...message.sig, signature } };
    });
    expect(() => send(h, forged)).toThrow(/peer's signature on our commitment does not verify/);
  });

  it('checks revocation secrets against the points we signed for, and their order', () => {
    const h = opened();
    run(h, 'sign_remote_commitment_tx 1');
    const wrongSecret = withField('validate_revocation 0', (m) => ({ ...m, per_commitment_secret: new Uint8Array(32).fill(7) }) as HsmdMessage);
    expect(() => send(h, wrongSecret)).toThrow(/revocation secret for commitment 0 does not match the per-commitment point we signed/);
    run(h, 'validate_revocation 0');
    run(h, 'validate_revocation 0'); // a repeat (channeld restarted) is fine
    const skipped = withField('validate_revocation 0', (m) => ({ ...m, revoke_num: 2n }) as HsmdMessage);
    expect(() => send(h, skipped)).toThrow(/secret for commitment 2 arrived before the one for commitment 1/);
  });

  it('continues in a fresh signer process from the relayed state alone', () => {
    const first = new ChannelStore();
    const h = opened(first);
    run(h, 'sign_remote_commitment_tx 1', 'validate_commitment_tx 1', 'revoke_commitment_tx 0');
    // A new process with the same seed: only the state the node relayed.
    const second = new ChannelStore(SignerState.fromEntries(first.state.entries()));
    const h2 = handler(0, second);
    const forceClose0 = withField('sign_commitment_tx 1 (force close)', (m) => ({ ...m, commit_num: 0n }) as HsmdMessage);
    expect(() => send(h2, forceClose0)).toThrow(/it was revoked/);
    expect(decodeHsmdAs('hsmd_sign_commitment_tx_reply', run(h2, 'sign_commitment_tx 1 (force close)')[0]!).sig.sighash_type).toBe(1);
  });

  it('keeps the latest commitments (HTLCs, the peer claim) and the approved payments in signer_state, bounded', () => {
    const first = new ChannelStore();
    const h = opened(first);
    const keysendHash = new Uint8Array(32).fill(0xab);
    h.handle(encodeHsmd({ kind: 'hsmd_preapprove_keysend', destination: PEER_ID, payment_hash: keysendHash, amount_msat: 21_000n }), undefined);
    run(h, 'sign_remote_commitment_tx 1', 'validate_commitment_tx 1');
    // A fresh process with the same seed: only the state the node relayed.
    const second = new ChannelStore(SignerState.fromEntries(first.state.entries()));
    const record = second.channel(PEER_ID, DBID);
    expect(record.latestRemote).toEqual({
      commitment: 1,
      htlcs: [{ offered: true, amount_msat: '5000000', payment_hash: hex(sha256(Uint8Array.of(5))), cltv_expiry: 500 }],
      our_output_sat: '0', // the vectors' commitments pay us nothing: the peer may claim all but the fee and anchors
      peer_claim_sat: '990000',
    });
    expect(record.latestLocal).toMatchObject({ commitment: 1, htlcs: [] });
    expect(new PaymentApprovals(second.state).find(hex(keysendHash), Date.now())).toMatchObject({ amountMsat: 21_000n, source: 'keysend' });
    expect(second.state.keys().sort()).toEqual([ChannelStore.keyOf(PEER_ID, DBID), PAYMENT_APPROVALS_KEY].sort());

    // At most MAX_APPROVALS, the oldest dropped first, and none older than APPROVAL_LIFETIME_MS.
    const approvals = new PaymentApprovals(second.state);
    const now = Date.now();
    const hashAt = (i: number) => i.toString(16).padStart(64, '0');
    for (let i = 0; i < MAX_APPROVALS + 6; i++) approvals.approve({ paymentHash: hashAt(i), amountMsat: 1000n, source: 'invoice', approvedAtMs: now });
    expect(approvals.find(hashAt(5), now)).toBeUndefined();
    expect(approvals.find(hashAt(6), now)).toBeDefined();
    expect((JSON.parse(second.state.get(PAYMENT_APPROVALS_KEY)!.value) as { approvals: unknown[] }).approvals).toHaveLength(MAX_APPROVALS);
    expect(approvals.find(hashAt(6), now + APPROVAL_LIFETIME_MS + 1)).toBeUndefined();
  });

  it('answers a channel it has no record of as stock hsmd does (a signer that joined late)', () => {
    const h = handler();
    expect(decodeHsmd(run(h, 'revoke_commitment_tx 0')[0]!).kind).toBe('hsmd_revoke_commitment_tx_reply');
    expect(decodeHsmd(run(h, 'validate_revocation 0')[0]!).kind).toBe('hsmd_validate_revocation_reply');
  });

  it('forgets a channel for good: a tombstone, and late sweeps do not bring it back', () => {
    const store = new ChannelStore();
    const h = opened(store);
    run(h, 'forget_channel');
    expect(store.state.isTombstone(ChannelStore.keyOf(PEER_ID, DBID))).toBe(true);
    run(h, 'sign_any_delayed_payment_to_us', 'new_channel');
    expect(store.state.isTombstone(ChannelStore.keyOf(PEER_ID, DBID))).toBe(true);
  });
});
