/**
 * Evaluating restrictions against the facts of one request. Semantics follow ccan/rune (Core
 * Lightning) and runeauth (Greenlight), which agree: a restriction passes if any alternative
 * passes, a rune passes if every restriction does, and the unique-id restriction is not evaluated.
 */
import type { Alternative, Restriction } from './restriction.ts';

/** A field's value. Numbers and bigints are integers (e.g. `time`); strings may be too. */
export type FieldValue = string | number | bigint;

/**
 * The values a rune is checked against. A plain object or map only has the fields it lists; any
 * other field is *missing* (only `!` and `#` pass on it). A function can give every field a value:
 * Greenlight answers "" for fields it does not know (see `greenlightFieldValues`).
 */
export type FieldValues =
  | Readonly<Record<string, FieldValue | undefined>>
  | ReadonlyMap<string, FieldValue>
  | ((field: string) => FieldValue | undefined);

export type CheckResult =
  | { ok: true }
  | {
      ok: false;
      /** For people: which restriction failed and what the request had instead. */
      reason: string;
      /** The failing restriction; absent when the rune itself is not genuine. */
      restriction?: Restriction;
    };

export function lookUp(values: FieldValues, field: string): FieldValue | undefined {
  if (typeof values === 'function') return values(field);
  if (values instanceof Map) return values.get(field);
  const record = values as Readonly<Record<string, FieldValue | undefined>>;
  // Only own properties: a field named "constructor" must not find Object.prototype's.
  return Object.hasOwn(record, field) ? record[field] : undefined;
}

/** Check every restriction except the unique id; the first that fails is reported. */
export function checkRestrictions(restrictions: readonly Restriction[], values: FieldValues): CheckResult {
  for (const restriction of restrictions) {
    if (restriction.isUniqueId) continue;
    const failures = restriction.alternatives.map((alternative) => whyAlternativeFails(alternative, lookUp(values, alternative.field)));
    if (failures.some((failure) => failure === undefined)) continue;
    const explanations = [...new Set(failures)].join('; ');
    return { ok: false, reason: `${restriction.encode()}: ${explanations}`, restriction };
  }
  return { ok: true };
}

/** undefined if the alternative passes, otherwise what about the value made it fail. */
export function whyAlternativeFails(alternative: Alternative, value: FieldValue | undefined): string | undefined {
  const { field, operator } = alternative;
  if (operator === '#') return undefined;
  if (value === undefined) return operator === '!' ? undefined : `${field} is missing`;
  const text = typeof value === 'string' ? value : value.toString();
  const actually = `${field} is ${describe(value)}`;
  switch (operator) {
    case '!':
      return actually;
    case '=':
      return text === alternative.value ? undefined : actually;
    case '/':
      return text !== alternative.value ? undefined : actually;
    case '^':
      return text.startsWith(alternative.value) ? undefined : actually;
    case '$':
      return text.endsWith(alternative.value) ? undefined : actually;
    case '~':
      return text.includes(alternative.value) ? undefined : actually;
    case '{':
      return compareBytewise(text, alternative.value) < 0 ? undefined : actually;
    case '}':
      return compareBytewise(text, alternative.value) > 0 ? undefined : actually;
    case '<':
    case '>':
      return whyIntegerComparisonFails(alternative, value);
  }
}

function whyIntegerComparisonFails(alternative: Alternative, value: FieldValue): string | undefined {
  const actual = toInteger(value);
  if (actual === undefined) return `${alternative.field} is ${describe(value)}, not an integer`;
  const limit = toInteger(alternative.value);
  if (limit === undefined) return `${JSON.stringify(alternative.value)} in the rune is not an integer`;
  const passes = alternative.operator === '<' ? actual < limit : actual > limit;
  return passes ? undefined : `${alternative.field} is ${actual}`;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Signed 64-bit decimal integers, as both C (`strtol`) and Rust (`i64::parse`) accept them. */
export function toInteger(value: FieldValue): bigint | undefined {
  let n: bigint;
  if (typeof value === 'bigint') n = value;
  else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) return undefined;
    n = BigInt(value);
  } else {
    if (!/^[+-]?[0-9]+$/.test(value)) return undefined;
    n = BigInt(value);
  }
  return n >= INT64_MIN && n <= INT64_MAX ? n : undefined;
}

/** Byte order of the UTF-8 encodings (C `strcmp`, Rust `str::cmp`), not JavaScript's UTF-16 order. */
function compareBytewise(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function describe(value: FieldValue): string {
  return typeof value === 'string' ? JSON.stringify(value) : value.toString();
}
