// Floats exactly as the Rust side handles them, so a float in a state value survives a trip through
// the node (which parses every value with serde_json and writes it back) byte for byte.
//
// - Reading: serde_json 1.0.149 without its `float_roundtrip` feature (Greenlight's build) does not
//   round correctly: it converts the decimal significand (at most 19 digits, the rest dropped) to f64
//   and then multiplies or divides by a power of ten, two roundings that can land one ulp off the
//   correctly rounded value that JavaScript's `Number("…")` gives. `serdeF64FromParts` repeats those
//   exact steps (BigInt→Number and `*`/`/` round the same way as Rust's `as f64` and IEEE ops).
// - Writing: serde_json 1.0.149 formats f64 with `zmij`: the shortest round-tripping digits (the same
//   digits as JavaScript's Number→String), written as `d.ddd` when the decimal exponent is in -5..=15
//   (always with a fraction: `1.0`, `-0.0`), else `d.ddde+X` / `d.ddde-X` (no padding of X).
//   ryu, which older serde_json versions used, differs only in writing `e21` instead of `e+21`.

/** serde_json's `POW10` table: each entry is the correctly rounded f64 literal `1eN`, as in Rust. */
const POW10: readonly number[] = Array.from({ length: 309 }, (_, exponent) => Number(`1e${exponent}`));

export class SerdeNumberOutOfRange extends Error {
  constructor() {
    super('number out of range');
  }
}

/**
 * serde_json's `f64_from_parts` (the non-`float_roundtrip` one): `significand × 10^exponent`, with
 * the sign applied last. Throws `SerdeNumberOutOfRange` where serde_json errors (overflow to infinity).
 */
export function serdeF64FromParts(positive: boolean, significand: bigint, exponent: number): number {
  let value = Number(significand);
  for (;;) {
    const pow = POW10[Math.abs(exponent)];
    if (pow !== undefined) {
      if (exponent >= 0) {
        value *= pow;
        if (!Number.isFinite(value)) throw new SerdeNumberOutOfRange();
      } else {
        value /= pow;
      }
      break;
    }
    if (value === 0) break;
    if (exponent >= 0) throw new SerdeNumberOutOfRange();
    value /= 1e308;
    exponent += 308;
  }
  return positive ? value : -value;
}

/** A finite f64 the way serde_json 1.0.149 (zmij) writes it. Throws for NaN and ±Infinity. */
export function formatF64LikeSerde(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} has no JSON form`);
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const sign = value < 0 ? '-' : '';
  // toExponential() without an argument gives the shortest digits that round-trip, as zmij does.
  const match = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(Math.abs(value).toExponential());
  if (!match) throw new Error(`unexpected exponential form of ${value}`);
  const digits = match[1]! + (match[2] ?? '');
  const exponent = Number(match[3]);
  return sign + layOutDigits(digits, exponent);
}

/** zmij's layout of shortest digits `d₀d₁…` meaning d₀.d₁… × 10^exponent. */
function layOutDigits(digits: string, exponent: number): string {
  if (exponent >= -5 && exponent <= 15) {
    if (digits.length - 1 <= exponent) return `${digits}${'0'.repeat(exponent + 1 - digits.length)}.0`;
    if (exponent >= 0) return `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
    return `0.${'0'.repeat(-exponent - 1)}${digits}`;
  }
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${mantissa}e${exponent >= 0 ? '+' : '-'}${Math.abs(exponent)}`;
}
