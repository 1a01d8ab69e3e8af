// Little byte helpers the derivations share. Kept here so the CLN-specific byte orders
// (little-endian salts and dbids, which come from C structs copied raw) are spelled out once.
/** 4-byte little-endian u32: CLN passes its `u32 salt` counters to HKDF by address, i.e. in host (LE) order. */
export function u32le(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, true);
  return out;
}

/** 8-byte little-endian u64: `get_channel_seed` memcpy's the native `u64 dbid`. */
export function u64le(value: bigint | number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(value), true);
  return out;
}

/** ASCII/UTF-8 string to bytes (HKDF info strings, BOLT12 tags). */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function assertLength(bytes: Uint8Array, length: number, what: string): void {
  if (!(bytes instanceof Uint8Array) || bytes.length !== length) {
    throw new RangeError(`${what} must be ${length} bytes, got ${bytes instanceof Uint8Array ? bytes.length : typeof bytes}`);
  }
}

/** Constant-time equality, for comparing secrets (CLN uses `secret_eq_consttime`). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** Lexicographic order of byte strings (memcmp, shorter first on a common prefix). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
