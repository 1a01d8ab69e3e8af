// Integer fields. proto-loader (longs: String) hands 64-bit values over as decimal strings and expects them back
// the same way; lightningd writes and reads them as bare JSON integers, which may exceed 2^53, so they travel as
// bigint in params (stringifyJsonLossless) and may arrive as decimal strings from parseJsonLossless.
import { describe } from './bytes.ts';
import { ClnMappingError } from './errors.ts';

const U64_MAX = (1n << 64n) - 1n;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;

/** An integer from a number, a decimal string, a bigint or a Long (its toString() is decimal). */
export function toBigInt(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
  if (isLong(value)) return BigInt(value.toString());
  throw new ClnMappingError(`expected an integer, got ${describe(value)}`);
}

interface LongLike {
  low: number;
  high: number;
  unsigned: boolean;
  toString(): string;
}

function isLong(value: unknown): value is LongLike {
  return typeof value === 'object' && value !== null && 'low' in value && 'high' in value && 'unsigned' in value;
}

function inRange(value: bigint, min: bigint, max: bigint, what: string): bigint {
  if (value < min || value > max) throw new ClnMappingError(`${what} out of range`);
  return value;
}

export function toUint64(value: unknown): bigint {
  return inRange(toBigInt(value), 0n, U64_MAX, 'u64');
}

export function toInt64(value: unknown): bigint {
  return inRange(toBigInt(value), I64_MIN, I64_MAX, 'integer');
}

/** A JSON integer param: a plain number when exact, a bigint (written as a bare integer) beyond 2^53. */
export function jsonInteger(value: bigint): number | bigint {
  const asNumber = Number(value);
  return Number.isSafeInteger(asNumber) ? asNumber : value;
}

/** uint32-family fields (u8, u16, u32): proto-loader's and JSON's type is number. */
export function toUint(value: unknown, bits: 8 | 16 | 32): number {
  return Number(inRange(toBigInt(value), 0n, (1n << BigInt(bits)) - 1n, `u${bits}`));
}

/** double/float fields. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  throw new ClnMappingError(`expected a number, got ${describe(value)}`);
}
