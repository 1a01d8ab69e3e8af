// Versions of signer_state entries. On the wire they are protobuf uint64, which our loader hands
// over as decimal strings (longs: String); here they are bigints so u64::MAX stays exact.

/** u64::MAX. */
export const MAX_U64 = (1n << 64n) - 1n;

/** Greenlight marks a deleted key by giving it this version (and a `null` value). */
export const TOMBSTONE_VERSION = MAX_U64;

/** The first write of a key gets version 0; every later write adds one. */
export const FIRST_VERSION = 0n;

/** What a uint64 may look like coming from protobufjs: a decimal string, a number, a bigint or a Long. */
export type WireU64 = string | number | bigint | { toString(): string };

export const isTombstoneVersion = (version: bigint): boolean => version === TOMBSTONE_VERSION;

/** A wire uint64 as a bigint; throws a RangeError for anything that is not an integer in 0..u64::MAX. */
export function parseWireVersion(version: WireU64): bigint {
  let value: bigint;
  if (typeof version === 'bigint') {
    value = version;
  } else if (typeof version === 'number') {
    if (!Number.isSafeInteger(version)) throw new RangeError(`version ${version} is not an exact integer`);
    value = BigInt(version);
  } else {
    const text = typeof version === 'string' ? version : version.toString();
    if (!/^[0-9]+$/.test(text)) throw new RangeError(`version ${JSON.stringify(text)} is not a decimal u64`);
    value = BigInt(text);
  }
  if (value < 0n || value > MAX_U64) throw new RangeError(`version ${value} is outside u64`);
  return value;
}

/** Decimal string, the form protobufjs encodes a uint64 from without losing precision. */
export const versionToWire = (version: bigint): string => version.toString(10);

/** Greenlight's `next_version`: 0 for a new key, else +1 saturating at u64::MAX. */
export function nextVersion(current: bigint | undefined): bigint {
  if (current === undefined) return FIRST_VERSION;
  return current >= MAX_U64 ? MAX_U64 : current + 1n;
}
