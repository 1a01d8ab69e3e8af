// The join of two versions of a channel record (channels/channel-join.ts), and SignerStateSync
// writing it when the node's version and ours each hold something the other lacks.
import { describe, expect, it } from 'vitest';
import { canonicalJson, SignerState, toWireEntries, type JsonValue } from '@greenhouse/common/signer-state';
import { joinChannelRecords, joinStateValues } from '../src/channels/channel-join.ts';
import { ChannelStore, type ChannelRecordJson } from '../src/channels/channel-state.ts';
import { MAX_APPROVALS, PAYMENT_APPROVALS_KEY } from '../src/channels/payment-approvals.ts';
import { perCommitmentSecret, ShachainReceiver } from '../src/crypto/shachain.ts';
import { signEntry, stateSigningKey } from '../src/state/state-signatures.ts';
import { SignerStateSync, type AcceptedState } from '../src/state/state-sync.ts';

const SEED = new Uint8Array(32).fill(9);
const KEY = stateSigningKey(SEED);
const PEER = Buffer.from('02' + '11'.repeat(32), 'hex');
const CHANNEL = ChannelStore.keyOf(PEER, 7n);
const SHASEED = new Uint8Array(32).fill(5);

function secretsThrough(n: number): [number, string, string][] {
  const receiver = new ShachainReceiver();
  for (let i = 0; i <= n; i++) expect(receiver.add(i, perCommitmentSecret(SHASEED, i))).toBeUndefined();
  const out: [number, string, string][] = [];
  receiver.entries.forEach((e, position) => e && out.push([position, String(e.index), Buffer.from(e.secret).toString('hex')]));
  return out;
}

function record(fields: Partial<ChannelRecordJson> = {}): ChannelRecordJson {
  return {
    peer_id: PEER.toString('hex'),
    dbid: '7',
    setup: null,
    revoked_local: -1,
    validated_local: -1,
    remote_points: {},
    remote_secrets: [],
    locked_outpoints: [],
    ...fields,
  };
}

const text = (value: JsonValue | undefined) => (value === undefined ? undefined : canonicalJson(value));
const join = (a: ChannelRecordJson, b: ChannelRecordJson) => text(joinChannelRecords(a, b));

describe('joinChannelRecords', () => {
  const a = record({ revoked_local: 4, validated_local: 5, remote_points: { '5': '02aa', '6': '02bb' }, remote_secrets: secretsThrough(3), locked_outpoints: ['bb:0'] });
  const b = record({ revoked_local: 5, validated_local: 5, remote_points: { '4': '02cc', '7': '02dd' }, remote_secrets: secretsThrough(4), locked_outpoints: ['aa:1', 'bb:0'] });
  const c = record({ revoked_local: 2, validated_local: 7, remote_points: { '7': '02de', '8': '02ee' }, remote_secrets: secretsThrough(1), setup: { x: 1 } as never });

  it('keeps the most of every field', () => {
    expect(joinChannelRecords(a, b)).toEqual(
      record({
        revoked_local: 5,
        validated_local: 5,
        // 4's secret is known now: its point goes
        remote_points: { '5': '02aa', '6': '02bb', '7': '02dd' },
        remote_secrets: secretsThrough(4),
        locked_outpoints: ['aa:1', 'bb:0'],
      }),
    );
    expect(joinChannelRecords(a, c)).toMatchObject({ validated_local: 7, setup: { x: 1 }, remote_points: { '5': '02aa', '6': '02bb', '7': '02de', '8': '02ee' } });
  });

  it('is commutative, associative and idempotent (every signer converges on the same text)', () => {
    for (const [x, y] of [[a, b], [a, c], [b, c]] as const) expect(join(x, y)).toBe(join(y, x));
    const ab = joinChannelRecords(a, b) as ChannelRecordJson;
    const bc = joinChannelRecords(b, c) as ChannelRecordJson;
    expect(join(ab, c)).toBe(join(a, bc));
    expect(join(ab, ab)).toBe(text(ab));
    expect(join(ab, a)).toBe(text(ab)); // a version that holds all of another joins to itself
  });

  it('takes the later commitment summaries, and keeps fields it does not know only when they agree', () => {
    const withLatest = (commitment: number | null) => record({ latest_local: commitment === null ? null : ({ commitment, htlcs: [] } as never) });
    expect(joinChannelRecords(withLatest(3), withLatest(5))).toMatchObject({ latest_local: { commitment: 5 } });
    expect(joinChannelRecords(withLatest(null), record())).toMatchObject({ latest_local: null });
    expect(joinChannelRecords(record(), record())).not.toHaveProperty('latest_local');
    expect(joinChannelRecords({ ...record(), extra: 1 }, { ...record(), extra: 1 })).toMatchObject({ extra: 1 });
    expect(joinChannelRecords({ ...record(), extra: 1 }, { ...record(), extra: 2 })).toBeUndefined();
    expect(joinChannelRecords(record(), { ...record(), dbid: '8' })).toBeUndefined();
  });

  it('joins channel entries only', () => {
    expect(joinStateValues(CHANNEL, canonicalJson(a), canonicalJson(b))).toEqual(joinChannelRecords(a, b));
    expect(joinStateValues('other/key', canonicalJson(a), canonicalJson(b))).toBeUndefined();
    expect(joinStateValues(CHANNEL, '{"not":"a record"}', canonicalJson(b))).toBeUndefined();
  });
});

describe('joining the approved payments', () => {
  const approval = (hash: string, at: number) => ({ payment_hash: hash, amount_msat: '1000', source: 'invoice', approved_at_ms: at });
  const list = (...approvals: ReturnType<typeof approval>[]) => canonicalJson({ approvals });

  it('keeps every approval of either, the later one of a hash, in order, the latest MAX_APPROVALS', () => {
    const ours = list(approval('aa', 1), approval('bb', 3));
    const theirs = list(approval('cc', 2), approval('aa', 4));
    const joined = joinStateValues(PAYMENT_APPROVALS_KEY, ours, theirs);
    expect(joined).toEqual({ approvals: [approval('cc', 2), approval('bb', 3), approval('aa', 4)] });
    expect(text(joinStateValues(PAYMENT_APPROVALS_KEY, theirs, ours))).toBe(text(joined));
    expect(text(joinStateValues(PAYMENT_APPROVALS_KEY, text(joined)!, ours))).toBe(text(joined));
    const many = list(...Array.from({ length: MAX_APPROVALS }, (_, i) => approval(`h${i}`, 10 + i)));
    expect((joinStateValues(PAYMENT_APPROVALS_KEY, many, ours) as { approvals: unknown[] }).approvals).toHaveLength(MAX_APPROVALS);
    expect(joinStateValues(PAYMENT_APPROVALS_KEY, '{"approvals":[{"x":1}]}', ours)).toBeUndefined();
  });
});

describe('SignerStateSync joins the node version with ours', () => {
  const wire = (key: string, version: bigint, value: JsonValue) => {
    const v = canonicalJson(value);
    return toWireEntries([{ key, version, value: v, signature: signEntry(KEY, { key, version, value: v }) }]);
  };
  function syncHolding(version: bigint, value: ChannelRecordJson) {
    const state = SignerState.fromEntries([{ key: CHANNEL, version, value: canonicalJson(value), signature: signEntry(KEY, { key: CHANNEL, version, value: canonicalJson(value) }) }]);
    return new SignerStateSync({ seed: SEED, state });
  }
  const ours = record({ revoked_local: 4, remote_secrets: secretsThrough(3) });
  const theirs = record({ revoked_local: 3, validated_local: 6, remote_secrets: secretsThrough(2) });
  const joined = text(joinChannelRecords(ours, theirs));

  for (const [name, oursAt, theirsAt, expected] of [
    ['same version, different values', 5n, 5n, 6n],
    ['theirs newer but missing what we know', 5n, 7n, 8n],
    ['theirs older but holding what we lack', 5n, 3n, 6n],
  ] as const) {
    it(`${name}: writes the join above both and answers with it`, () => {
      const sync = syncHolding(oursAt, ours);
      const result = sync.receive(wire(CHANNEL, theirsAt, theirs)) as AcceptedState;
      expect(result.ok).toBe(true);
      expect(result.joined).toEqual([CHANNEL]);
      expect(sync.state.get(CHANNEL)).toMatchObject({ version: expected, value: joined });
      const reply = result.reply();
      expect(reply.map((e) => [e.key, e.version, e.value.toString()])).toEqual([[CHANNEL, String(expected), joined]]);
    });
  }

  it('takes a newer version that already holds all of ours as it is, and keeps ours when it holds all of theirs', () => {
    const superset = joinChannelRecords(ours, theirs) as ChannelRecordJson;
    const taking = syncHolding(5n, ours);
    const taken = taking.receive(wire(CHANNEL, 6n, superset)) as AcceptedState;
    expect(taken.joined).toEqual([]);
    expect(taking.state.get(CHANNEL)).toMatchObject({ version: 6n, value: canonicalJson(superset) });
    expect(taken.reply()).toEqual([]);

    const keeping = syncHolding(6n, superset);
    const kept = keeping.receive(wire(CHANNEL, 5n, ours)) as AcceptedState;
    expect(kept.joined).toEqual([]);
    expect(keeping.state.get(CHANNEL)).toMatchObject({ version: 6n, value: canonicalJson(superset) });
    expect(kept.reply().map((e) => e.version)).toEqual(['6']);
  });

  it('with join: null, Greenlight’s rule alone (equal versions: ours kept)', () => {
    const state = SignerState.fromEntries([{ key: CHANNEL, version: 5n, value: canonicalJson(ours), signature: signEntry(KEY, { key: CHANNEL, version: 5n, value: canonicalJson(ours) }) }]);
    const sync = new SignerStateSync({ seed: SEED, state, join: null });
    const result = sync.receive(wire(CHANNEL, 5n, theirs)) as AcceptedState;
    expect(result.joined).toEqual([]);
    expect(result.merge.divergent).toEqual([CHANNEL]);
    expect(sync.state.get(CHANNEL)!.value).toBe(canonicalJson(ours));
  });
});
