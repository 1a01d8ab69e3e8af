// greenlight.SignerStateEntry{version: uint64, key: string, value: bytes, signature: bytes} ⇄ entries.
// Incoming entries are read in two steps, as Greenlight does: signatures are checked against the raw
// value bytes first (raw-entries), and only then are values decoded as JSON (decode), which turns
// them into canonical text; a value serde_json would refuse fails the whole request.
import { canonicalizeJson } from './canonical-json.ts';
import { valueBytes, type KeyedStateEntry } from './state-entry.ts';
import { parseWireVersion, versionToWire, type WireU64 } from './versions.ts';

/** The fields of `SignerStateEntry__Output` (and of what `toWireEntries` returns) this module reads. */
export interface WireStateEntryLike {
  readonly version: WireU64;
  readonly key: string;
  readonly value: Uint8Array;
  readonly signature: Uint8Array;
}

/** Assignable to both `SignerStateEntry` (for an HsmResponse) and `SignerStateEntry__Output`. */
export interface WireStateEntry {
  version: string;
  key: string;
  value: Buffer;
  signature: Buffer;
}

/** A wire entry with its version parsed and its value still raw bytes. */
export interface RawStateEntry {
  readonly key: string;
  readonly version: bigint;
  readonly value: Uint8Array;
  readonly signature: Uint8Array;
}

export class StateDecodeError extends Error {}

export function readRawEntries(wire: readonly WireStateEntryLike[]): RawStateEntry[] {
  return wire.map((entry) => {
    try {
      return { key: entry.key, version: parseWireVersion(entry.version), value: entry.value, signature: entry.signature };
    } catch (error) {
      throw new StateDecodeError(`invalid version for signer state key ${entry.key}: ${(error as Error).message}`);
    }
  });
}

/** Values as canonical JSON text; throws StateDecodeError naming the first key whose value is not JSON serde_json reads. */
export function decodeRawEntries(raw: readonly RawStateEntry[]): KeyedStateEntry[] {
  return raw.map(({ key, version, value, signature }) => {
    try {
      return { key, version, value: canonicalizeJson(value), signature: Uint8Array.from(signature) };
    } catch (error) {
      throw new StateDecodeError(`failed to decode signer state value for key ${key}: ${(error as Error).message}`);
    }
  });
}

/** Wire form: version as a decimal string (exact for u64::MAX), value as canonical JSON bytes. */
export function toWireEntries(entries: Iterable<KeyedStateEntry>): WireStateEntry[] {
  return [...entries].map((entry) => ({
    version: versionToWire(entry.version),
    key: entry.key,
    value: Buffer.from(valueBytes(entry)),
    signature: Buffer.from(entry.signature),
  }));
}

/** Wire entries as state entries in one step (no signature checks): for tests and tools. */
export const fromWireEntries = (wire: readonly WireStateEntryLike[]): KeyedStateEntry[] =>
  decodeRawEntries(readRawEntries(wire));
