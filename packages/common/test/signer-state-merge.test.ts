// SignerState: Greenlight's merge rules key by key, writes and tombstones, sketches and diffs, and the
// u64 versions' wire form. Cases mirror gl-client's persist.rs tests where those exist.
import { describe, expect, it } from 'vitest';
import { loadProtos } from '@greenhouse/common/proto';
import type { HsmRequest__Output } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import { KeyDeletedError, SignerState } from '../src/signer-state/signer-state.ts';
import { StateSketch } from '../src/signer-state/state-sketch.ts';
import { type KeyedStateEntry } from '../src/signer-state/state-entry.ts';
import { fromWireEntries, toWireEntries } from '../src/signer-state/wire-entries.ts';
import { MAX_U64, parseWireVersion, TOMBSTONE_VERSION } from '../src/signer-state/versions.ts';

const sig = (...bytes: number[]) => Uint8Array.from(bytes);
const entry = (key: string, version: bigint, value: string, signature = sig()): KeyedStateEntry => ({ key, version, value, signature });
const tombstone = (key: string, signature = sig()) => entry(key, TOMBSTONE_VERSION, 'null', signature);
const stateOf = (...entries: KeyedStateEntry[]) => SignerState.fromEntries(entries);

describe('SignerState.merge', () => {
  it('inserts unknown keys', () => {
    const state = stateOf();
    const result = state.merge([entry('k', 3n, '{"v":3}', sig(1, 2))]);
    expect(result).toEqual({ applied: [{ key: 'k', kind: 'inserted', previousVersion: undefined, version: 3n }], conflicts: [], divergent: [] });
    expect(state.get('k')).toEqual({ version: 3n, value: '{"v":3}', signature: sig(1, 2) });
  });

  it('inserts an unknown tombstone with a null value and its signature', () => {
    const state = stateOf();
    state.merge([entry('k', TOMBSTONE_VERSION, '{"junk":1}', sig(7))]);
    expect(state.get('k')).toEqual({ version: TOMBSTONE_VERSION, value: 'null', signature: sig(7) });
    expect(state.isTombstone('k')).toBe(true);
  });

  it('lets an incoming tombstone beat any live value, whatever its version', () => {
    const state = stateOf(entry('channels/abc', 2n, '{"v":1}', sig(1)));
    const result = state.merge([tombstone('channels/abc', sig(9))]);
    expect(result.applied).toEqual([{ key: 'channels/abc', kind: 'tombstoned', previousVersion: 2n, version: TOMBSTONE_VERSION }]);
    expect(result.conflicts).toEqual([]);
    expect(state.get('channels/abc')).toEqual({ version: TOMBSTONE_VERSION, value: 'null', signature: sig(9) });
  });

  it('leaves a local tombstone alone when another tombstone arrives', () => {
    const state = stateOf(tombstone('k', sig(1)));
    const result = state.merge([tombstone('k', sig(2))]);
    expect(result).toEqual({ applied: [], conflicts: [], divergent: [] });
    expect(state.get('k')!.signature).toEqual(sig(1));
  });

  it.each([4n, 6n, MAX_U64 - 1n])('never lets a live value (version %s) replace a local tombstone: conflict', (version) => {
    const state = stateOf(tombstone('channels/abc'));
    const result = state.merge([entry('channels/abc', version, '{"v":2}')]);
    expect(result.applied).toEqual([]);
    expect(result.conflicts).toEqual([
      { key: 'channels/abc', reason: 'local-tombstone', localVersion: TOMBSTONE_VERSION, incomingVersion: version },
    ]);
    expect(state.isTombstone('channels/abc')).toBe(true);
  });

  it('takes a higher version whole, signature included', () => {
    const state = stateOf(entry('k', 1n, '{"v":1}', sig(1)));
    const result = state.merge([entry('k', 2n, '{"v":2}', sig(21, 22, 23))]);
    expect(result.applied).toEqual([{ key: 'k', kind: 'updated', previousVersion: 1n, version: 2n }]);
    expect(state.get('k')).toEqual({ version: 2n, value: '{"v":2}', signature: sig(21, 22, 23) });
  });

  it('takes a higher version even when it is unsigned (dropping our signature for the old value)', () => {
    const state = stateOf(entry('k', 1n, '{"v":1}', sig(1)));
    state.merge([entry('k', 5n, '{"v":5}')]);
    expect(state.get('k')).toEqual({ version: 5n, value: '{"v":5}', signature: sig() });
  });

  it('ignores a lower version and counts a conflict', () => {
    const state = stateOf(entry('k1', 5n, '{"v":5}'));
    const result = state.merge([entry('k1', 4n, '{"v":4}')]);
    expect(result.conflicts).toEqual([{ key: 'k1', reason: 'stale-version', localVersion: 5n, incomingVersion: 4n }]);
    expect(state.get('k1')).toEqual({ version: 5n, value: '{"v":5}', signature: sig() });
  });

  it('at an equal version with an equal value, takes the other signature', () => {
    const state = stateOf(entry('k', 2n, '{"v":1}', sig(1)));
    const result = state.merge([entry('k', 2n, '{"v":1}', sig(9, 9))]);
    expect(result.applied).toEqual([{ key: 'k', kind: 'signature', previousVersion: 2n, version: 2n }]);
    expect(state.get('k')).toEqual({ version: 2n, value: '{"v":1}', signature: sig(9, 9) });
  });

  it('at an equal version adds a signature to an unsigned entry', () => {
    const state = stateOf(entry('k', 2n, '{"v":1}'));
    state.merge([entry('k', 2n, '{"v":1}', sig(4))]);
    expect(state.get('k')!.signature).toEqual(sig(4));
  });

  it('at an equal version with an equal value, even takes an empty signature (as Greenlight does)', () => {
    const state = stateOf(entry('k', 2n, '{"v":1}', sig(1)));
    const result = state.merge([entry('k', 2n, '{"v":1}')]);
    expect(result.applied.map((c) => c.kind)).toEqual(['signature']);
    expect(state.get('k')!.signature).toEqual(sig());
  });

  it('at an equal version with a different value changes nothing, reports divergence, counts no conflict', () => {
    const state = stateOf(entry('k', 2n, '{"v":1}', sig(1)));
    const result = state.merge([entry('k', 2n, '{"v":999}', sig(9, 9))]);
    expect(result).toEqual({ applied: [], conflicts: [], divergent: ['k'] });
    expect(state.get('k')).toEqual({ version: 2n, value: '{"v":1}', signature: sig(1) });
  });

  it('changes nothing for an identical entry', () => {
    const state = stateOf(entry('k', 2n, '{"v":1}', sig(1)));
    expect(state.merge([entry('k', 2n, '{"v":1}', sig(1))])).toEqual({ applied: [], conflicts: [], divergent: [] });
  });

  it('uses the last of several entries for one key, as Greenlight collecting them into a map does', () => {
    const state = stateOf();
    const result = state.merge([entry('k', 5n, '5'), entry('k', 3n, '3')]);
    expect(result.conflicts).toEqual([]);
    expect(state.get('k')!.version).toBe(3n);
  });

  it('merges many keys at once, reporting each', () => {
    const state = stateOf(entry('a', 1n, '1'), entry('b', 5n, '5'), tombstone('c'), entry('d', 1n, '1'));
    const result = state.merge([entry('a', 2n, '2'), entry('b', 4n, '4'), entry('c', 9n, '9'), tombstone('d'), entry('e', 0n, '0')]);
    expect(result.applied.map((c) => `${c.kind}:${c.key}`)).toEqual(['updated:a', 'tombstoned:d', 'inserted:e']);
    expect(result.conflicts.map((c) => `${c.reason}:${c.key}`)).toEqual(['stale-version:b', 'local-tombstone:c']);
  });
});

describe('SignerState.write / remove', () => {
  it('starts a key at version 0, bumps it on each write, stores canonical JSON unsigned', () => {
    const state = new SignerState();
    expect(state.write('peers/02aa', { peer_id: '02aa', addr: '127.0.0.1:9735', direction: 'out', features: '' })).toEqual({
      version: 0n,
      value: '{"addr":"127.0.0.1:9735","direction":"out","features":"","peer_id":"02aa"}',
      signature: sig(),
    });
    state.setSignature('peers/02aa', sig(1, 2, 3));
    const second = state.write('peers/02aa', { peer_id: '02aa', addr: '127.0.0.2:9735', direction: 'out', features: 'abcd' });
    expect(second.version).toBe(1n);
    expect(second.signature).toEqual(sig()); // a new value needs a new signature
  });

  it('canonicalizes JSON text as the node would', () => {
    const state = new SignerState();
    expect(state.writeJsonText('k', Buffer.from('{ "b": 1, "a": 2 }')).value).toBe('{"a":2,"b":1}');
  });

  it('tombstones on remove, for known and unknown keys, and refuses later writes', () => {
    const state = stateOf(entry('k', 7n, '{"v":1}', sig(5)));
    expect(state.remove('k')).toEqual({ version: TOMBSTONE_VERSION, value: 'null', signature: sig() });
    expect(state.remove('never-written')).toEqual({ version: TOMBSTONE_VERSION, value: 'null', signature: sig() });
    expect(() => state.write('k', 1)).toThrow(KeyDeletedError);
    expect(() => state.write('k', 1)).toThrow('key k has been deleted');
  });

  it('never saturates a live value into the tombstone version', () => {
    const state = stateOf(entry('k', MAX_U64 - 1n, '1'));
    expect(() => state.write('k', 2)).toThrow(/used up its versions/);
  });

  it('lists entries in Rust key order', () => {
    const state = new SignerState();
    for (const key of ['b', '\u{10000}', 'a', '\uffff', 'B']) state.write(key, 1);
    expect(state.keys()).toEqual(['B', 'a', 'b', '\uffff', '\u{10000}']);
    expect(state.entries().map((e) => e.key)).toEqual(state.keys());
  });
});

describe('sketch and diff', () => {
  it('includes new keys and newer versions, not equal or older ones', () => {
    const old = stateOf(entry('k1', 1n, '{"v":1}'), entry('k2', 2n, '{"v":2}'), entry('k3', 3n, '{"v":3}'));
    const current = stateOf(
      entry('k1', 1n, '{"v":999}'), // same version, other value: not sent
      entry('k2', 3n, '{"v":22}'),
      entry('k3', 2n, '{"v":33}'),
      entry('k4', 0n, '{"v":4}'),
    );
    expect(current.diff(old.sketch())).toEqual([entry('k2', 3n, '{"v":22}'), entry('k4', 0n, '{"v":4}')]);
  });

  it('includes same-version entries whose signature changed', () => {
    const old = stateOf(entry('k', 8n, '{"v":8}', sig(1)));
    const current = stateOf(entry('k', 8n, '{"v":8}', sig(4, 5, 6)));
    expect(current.diff(old.sketch())).toEqual([entry('k', 8n, '{"v":8}', sig(4, 5, 6))]);
  });

  it('includes tombstones the peer has not seen', () => {
    const current = stateOf(entry('a', 1n, '1'), tombstone('b'));
    expect(current.diff(StateSketch.of([entry('a', 1n, '1'), entry('b', 4n, '4')]))).toEqual([tombstone('b')]);
  });

  it('sends everything against an empty sketch, nothing against its own sketch', () => {
    const state = stateOf(entry('a', 1n, '1'), entry('b', 2n, '2'));
    expect(state.diff(new StateSketch())).toEqual(state.entries());
    expect(state.diff(state.sketch())).toEqual([]);
  });

  it('follows what was sent once recorded', () => {
    const sketch = StateSketch.of([entry('a', 1n, '1'), entry('b', 2n, '2')]);
    const next = stateOf(entry('a', 2n, '10'), entry('b', 2n, '20'), entry('c', 0n, '30'));
    const first = next.diff(sketch);
    expect(first.map((e) => e.key)).toEqual(['a', 'c']);
    sketch.record(first);
    expect(next.diff(sketch)).toEqual([]);
  });
});

describe('versions on the wire', () => {
  it('parses decimal-string uint64s exactly, u64::MAX included', () => {
    expect(parseWireVersion('18446744073709551615')).toBe(TOMBSTONE_VERSION);
    expect(parseWireVersion('0')).toBe(0n);
    expect(parseWireVersion(42)).toBe(42n);
    expect(parseWireVersion(7n)).toBe(7n);
    for (const bad of ['18446744073709551616', '-1', '1.5', '', '0x10', ' 1']) expect(() => parseWireVersion(bad)).toThrow(RangeError);
    expect(() => parseWireVersion(2 ** 64)).toThrow(RangeError);
  });

  it('round-trips a tombstone at u64::MAX through the protobuf wire (longs: String)', () => {
    const state = stateOf(entry('nodes/02aa', 3n, '{"n":1}', sig(1, 2)), tombstone('channels/abc', sig(3)));
    const wire = toWireEntries(state.entries());
    expect(wire.find((e) => e.key === 'channels/abc')!.version).toBe('18446744073709551615');

    // Encode an HsmRequest carrying the entries and decode it as the signer receives it.
    const node = loadProtos().definition['greenlight.Node'] as Record<string, {
      responseSerialize: (value: object) => Buffer;
      responseDeserialize: (bytes: Buffer) => unknown;
    }>;
    const stream = node.StreamHsmRequests!;
    const bytes = stream.responseSerialize({ request_id: 1, raw: Buffer.alloc(0), signer_state: wire, requests: [] });
    const received = stream.responseDeserialize(bytes) as HsmRequest__Output;
    expect(received.signer_state.map((e) => e.version)).toEqual(['18446744073709551615', '3']);

    const decoded = fromWireEntries(received.signer_state);
    expect(decoded).toEqual(state.entries());
    expect(SignerState.fromEntries(decoded).isTombstone('channels/abc')).toBe(true);
  });
});
