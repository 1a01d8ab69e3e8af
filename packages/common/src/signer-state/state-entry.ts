// One signer_state entry as this module keeps it: the value is its canonical JSON text (what the
// wire carries and what signatures cover), the version a bigint.
import { isTombstoneVersion, TOMBSTONE_VERSION } from './versions.ts';

export interface StateEntry {
  readonly version: bigint;
  /** Canonical JSON text; `null` for a tombstone. */
  readonly value: string;
  /** 64-byte compact secp256k1 signature, or empty when unsigned. */
  readonly signature: Uint8Array;
}

export interface KeyedStateEntry extends StateEntry {
  readonly key: string;
}

export const TOMBSTONE_VALUE = 'null';
export const NO_SIGNATURE: Uint8Array = new Uint8Array(0);

export const isTombstone = (entry: { readonly version: bigint }): boolean => isTombstoneVersion(entry.version);

export function tombstoneEntry(signature: Uint8Array = NO_SIGNATURE): StateEntry {
  return { version: TOMBSTONE_VERSION, value: TOMBSTONE_VALUE, signature };
}

export const isSigned = (entry: StateEntry): boolean => entry.signature.length > 0;

const encoder = new TextEncoder();
/** The bytes the wire carries and signatures cover. */
export const valueBytes = (entry: { readonly value: string }): Uint8Array => encoder.encode(entry.value);

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
