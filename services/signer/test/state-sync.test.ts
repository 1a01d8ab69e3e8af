// SignerStateSync, the per-request step the Signer runs (verify + merge before handling, signed
// diff after), and two signers kept in sync only through a node that relays state as gl-plugin does.
import { describe, expect, it } from 'vitest';
import { loadProtos } from '@greenhouse/common/proto';
import type { HsmRequest__Output } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import type { HsmResponse } from '@greenhouse/common/generated/greenlight/HsmResponse.ts';
import type { SignerStateEntry__Output } from '@greenhouse/common/generated/greenlight/SignerStateEntry.ts';
import {
  fromWireEntries,
  isTombstone,
  SignerState,
  StateSketch,
  toWireEntries,
  TOMBSTONE_VERSION,
  type WireStateEntry,
} from '@greenhouse/common/signer-state';
import { signEntry, stateSigningKey, verifyEntry } from '../src/state/state-signatures.ts';
import { STATE_SIGNATURE_OVERRIDE_ACK, type StateSignatureMode } from '../src/state/signature-policy.ts';
import { SignerStateSync, type AcceptedState, type IncomingState } from '../src/state/state-sync.ts';

const SEED = new Uint8Array(32).fill(7);
const KEY = stateSigningKey(SEED);

function wire(key: string, version: bigint | string, value: string, signature: Uint8Array | 'sign' = new Uint8Array(0)): SignerStateEntry__Output {
  const v = BigInt(version);
  const sig = signature === 'sign' ? signEntry(KEY, { key, version: v, value }) : signature;
  return { key, version: v.toString(), value: Buffer.from(value), signature: Buffer.from(sig) };
}

function accepted(result: IncomingState): AcceptedState {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

describe('SignerStateSync.receive', () => {
  it('soft: accepts an unsigned entry, merges it, and answers with it signed', () => {
    const sync = new SignerStateSync({ seed: SEED });
    const result = accepted(sync.receive([wire('state/test', 1n, '{"v":1}')]));
    expect(result.merge.applied.map((c) => c.key)).toEqual(['state/test']);
    const reply = result.reply();
    const response: HsmResponse = { request_id: 1, raw: Buffer.alloc(0), signer_state: reply, error: '' }; // slots in as is
    expect(response.signer_state).toHaveLength(1);
    expect(reply[0]!.signature).toHaveLength(64);
    expect(verifyEntry(sync.publicKey, fromWireEntries(reply)[0]!)).toEqual({ valid: true });
  });

  it('soft: refuses an invalid signature with a reason naming the key, and merges nothing', () => {
    const sync = new SignerStateSync({ seed: SEED, mode: 'soft' });
    const result = sync.receive([wire('state/ok', 1n, '1'), wire('state/test', 1n, '{"v":1}', new Uint8Array(64).fill(1))]);
    expect(result).toEqual({ ok: false, reason: 'invalid state signature for key state/test: signature verification failed' });
    expect(sync.state.size).toBe(0);
  });

  it('soft: refuses a signature from another seed', () => {
    const other = stateSigningKey(new Uint8Array(32).fill(8));
    const sync = new SignerStateSync({ seed: SEED });
    const forged = wire('nodes/x', 3n, '{}', signEntry(other, { key: 'nodes/x', version: 3n, value: '{}' }));
    expect(sync.receive([forged]).ok).toBe(false);
  });

  it('hard: refuses an unsigned entry, accepts a signed one', () => {
    const sync = new SignerStateSync({ seed: SEED, mode: 'hard' });
    expect(sync.receive([wire('state/test', 1n, '{"v":1}')])).toEqual({
      ok: false,
      reason: 'missing state signature for key state/test',
    });
    expect(sync.receive([wire('state/test', 1n, '{"v":1}', 'sign')]).ok).toBe(true);
    expect(sync.state.get('state/test')!.version).toBe(1n);
  });

  it('hard: refuses an invalid signature', () => {
    const sync = new SignerStateSync({ seed: SEED, mode: 'hard' });
    const result = sync.receive([wire('state/test', 1n, '{"v":1}', new Uint8Array(64).fill(2))]);
    expect(result.ok === false && result.reason).toMatch(/^invalid state signature for key state\/test/);
  });

  it('off: accepts invalid and missing signatures; signs only the missing one', () => {
    const sync = new SignerStateSync({ seed: SEED, mode: 'off' });
    const invalidSig = new Uint8Array(64).fill(3);
    const result = accepted(sync.receive([wire('state/invalid', 1n, '{"v":1}', invalidSig), wire('state/missing', 1n, '{"v":2}')]));
    const reply = fromWireEntries(result.reply());
    // The invalid one still has the signature the node sent, so it is not news to the node.
    expect(reply.map((e) => e.key)).toEqual(['state/missing']);
    expect(sync.state.get('state/invalid')!.signature).toEqual(invalidSig);
  });

  it('override (soft): accepts an invalid signature, keeps it, and says so', () => {
    const sync = new SignerStateSync({ seed: SEED, override: { ack: STATE_SIGNATURE_OVERRIDE_ACK, note: 'repair' } });
    const invalid = new Uint8Array(64).fill(4);
    const result = accepted(sync.receive([wire('state/valid', 1n, '{"v":1}', 'sign'), wire('state/invalid', 1n, '{"v":2}', invalid)]));
    expect(result.overrideUsed).toEqual({ missingKeys: [], invalidKeys: ['state/invalid'] });
    expect(sync.state.get('state/invalid')!.signature).toEqual(invalid);
    expect(sync.overrideEnabledMessage(Uint8Array.of(2, 0xab))).toBe('STATE_SIGNATURE_OVERRIDE_ENABLED mode=soft node_id=02ab note="repair"');
    expect(new SignerStateSync({ seed: SEED }).overrideEnabledMessage(Uint8Array.of(2))).toBeUndefined();
    expect(sync.overrideUsedMessage(13, result.overrideUsed!)).toBe(
      'STATE_SIGNATURE_OVERRIDE_USED mode=soft request_id=13 missing_count=0 invalid_count=1 missing_keys=- invalid_keys=state/invalid note="repair"',
    );
  });

  it('override (hard): accepts a missing signature and signs it before replying', () => {
    const sync = new SignerStateSync({ seed: SEED, mode: 'hard', override: { ack: STATE_SIGNATURE_OVERRIDE_ACK } });
    const result = accepted(sync.receive([wire('state/missing1', 1n, '{"v":10}')]));
    expect(result.overrideUsed).toEqual({ missingKeys: ['state/missing1'], invalidKeys: [] });
    result.reply();
    expect(sync.state.get('state/missing1')!.signature).toHaveLength(64);
  });

  it('refuses a bad override at construction', () => {
    expect(() => new SignerStateSync({ seed: SEED, mode: 'off', override: { ack: STATE_SIGNATURE_OVERRIDE_ACK } })).toThrow(/incompatible/);
    expect(() => new SignerStateSync({ seed: SEED, override: { ack: 'yes' } })).toThrow(/invalid state signature override ack/);
  });

  it('refuses a value serde_json would not decode', () => {
    const sync = new SignerStateSync({ seed: SEED });
    const result = sync.receive([wire('nodes/bad', 1n, '{')]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^Failed to decode signer state: failed to decode signer state value for key nodes\/bad: /);
  });

  it('refuses a version that is not a u64', () => {
    const sync = new SignerStateSync({ seed: SEED });
    const result = sync.receive([{ ...wire('k', 1n, '1'), version: '18446744073709551616' }]);
    expect(!result.ok && result.reason).toMatch(/^Failed to decode signer state: invalid version for signer state key k/);
  });

  it('answers with what the node lacks, not with what it just sent', () => {
    const state = new SignerState();
    state.write('mine', { fresh: true });
    state.write('shared', 1);
    const sync = new SignerStateSync({ seed: SEED, state });
    const sharedSigned = wire('shared', 0n, '1', 'sign');
    const result = accepted(sync.receive([sharedSigned, wire('theirs', 4n, '"x"', 'sign')]));
    // `shared` had no signature here; the node's signed copy (same version, same value) supplies it.
    expect(result.merge.applied.map((c) => `${c.kind}:${c.key}`)).toEqual(['signature:shared', 'inserted:theirs']);
    expect(result.reply().map((e) => e.key)).toEqual(['mine']);
  });

  it('merges an incoming u64::MAX tombstone and signs it if the node sent it unsigned', () => {
    const state = new SignerState();
    state.write('channels/abc', { v: 1 });
    const sync = new SignerStateSync({ seed: SEED, state });
    const result = accepted(sync.receive([wire('channels/abc', '18446744073709551615', 'null')]));
    expect(result.merge.applied).toEqual([{ key: 'channels/abc', kind: 'tombstoned', previousVersion: 0n, version: TOMBSTONE_VERSION }]);
    const [tombstone] = result.reply();
    expect(tombstone!.version).toBe('18446744073709551615');
    expect(tombstone!.value.toString()).toBe('null');
    expect(tombstone!.signature).toHaveLength(64);
  });
});

/**
 * The node's side as gl-plugin does it: it stores whatever signers answer (merged), sends each newly
 * attached signer a heartbeat with its state minus tombstones, then with each request only what that
 * signer's stream has not been sent yet. Messages go through the real protobuf encoding.
 */
class RelayingNode {
  readonly state = new SignerState();
  private readonly sentTo = new Map<SignerStateSync, StateSketch>();
  private readonly codec = (loadProtos().definition['greenlight.Node'] as Record<string, {
    responseSerialize: (value: object) => Buffer;
    responseDeserialize: (bytes: Buffer) => unknown;
    requestSerialize: (value: object) => Buffer;
    requestDeserialize: (bytes: Buffer) => unknown;
  }>);
  private nextRequestId = 1000;

  attach(signer: SignerStateSync): void {
    const entries = this.state.entries().filter((entry) => !isTombstone(entry));
    this.sentTo.set(signer, this.state.sketch());
    this.exchange(signer, 0, toWireEntries(entries));
  }

  request(signer: SignerStateSync): void {
    const sketch = this.sentTo.get(signer)!;
    const diff = this.state.diff(sketch);
    sketch.record(diff);
    this.exchange(signer, this.nextRequestId++, toWireEntries(diff));
  }

  private exchange(signer: SignerStateSync, requestId: number, signerState: WireStateEntry[]): void {
    const stream = this.codec.StreamHsmRequests!;
    const request = stream.responseDeserialize(
      stream.responseSerialize({ request_id: requestId, raw: Buffer.alloc(0), signer_state: signerState, requests: [] }),
    ) as HsmRequest__Output;
    const incoming = signer.receive(request.signer_state);
    if (!incoming.ok) throw new Error(`signer refused request ${requestId}: ${incoming.reason}`);
    // … the signer handles request.raw here …
    const respond = this.codec.RespondHsmRequest!;
    const response = respond.requestDeserialize(
      respond.requestSerialize({ request_id: requestId, raw: Buffer.alloc(0), signer_state: incoming.reply(), error: '' }),
    ) as { signer_state: SignerStateEntry__Output[] };
    this.state.merge(fromWireEntries(response.signer_state));
  }
}

describe('two signers with the same seed, synced through the node', () => {
  it.each<StateSignatureMode>(['hard', 'soft'])('end with identical state (%s mode)', (mode) => {
    const a = new SignerStateSync({ seed: SEED, mode });
    const b = new SignerStateSync({ seed: SEED, mode });
    const node = new RelayingNode();

    node.attach(a);
    a.state.write('nodes/02aa', { network: 'bitcoin', key_derivation_style: 1 });
    a.state.write('channels/02aa01', { channel_value_satoshis: 100000n, blockheight: 840000 });
    a.state.write('peers/03bb', { peer_id: '03bb', addr: '10.0.0.2:9735', direction: 'out', features: '' });
    node.request(a); // A's reply carries its writes, signed; the node stores them

    node.attach(b); // B learns everything from the heartbeat
    a.state.write('nodes/02aa', { network: 'bitcoin', key_derivation_style: 2 });
    a.state.remove('channels/02aa01');
    node.request(a);
    node.request(b); // B gets the update and the tombstone as a diff

    expect(b.state.entries()).toEqual(a.state.entries());
    expect(b.state.get('nodes/02aa')!.version).toBe(1n);
    expect(b.state.isTombstone('channels/02aa01')).toBe(true);
    expect(node.state.entries()).toEqual(a.state.entries());
    for (const entry of b.state.entries()) expect(verifyEntry(b.publicKey, entry)).toEqual({ valid: true });

    // And back: B writes, A catches up.
    b.state.write('peers/03bb', { peer_id: '03bb', addr: '10.0.0.3:9735', direction: 'in', features: '08' });
    node.request(b);
    node.request(a);
    expect(a.state.entries()).toEqual(b.state.entries());
    expect(a.state.get('peers/03bb')!.version).toBe(1n);
  });

  it('keeps a tombstone even when a stale live copy arrives later', () => {
    const a = new SignerStateSync({ seed: SEED });
    const b = new SignerStateSync({ seed: SEED });
    a.state.write('channels/x', { v: 1 });
    const stale = toWireEntries(a.state.entries());
    const signedStale = accepted(b.receive(stale)).reply(); // B signs it
    a.state.remove('channels/x');
    accepted(b.receive(accepted(a.receive([])).reply())); // A's tombstone reaches B
    const late = accepted(b.receive(signedStale));
    expect(late.merge.conflicts).toEqual([
      { key: 'channels/x', reason: 'local-tombstone', localVersion: TOMBSTONE_VERSION, incomingVersion: 0n },
    ]);
    expect(b.state.isTombstone('channels/x')).toBe(true);
  });
});
