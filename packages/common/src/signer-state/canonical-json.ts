// Canonical JSON for state values written by this signer: what Greenlight's `canonical_json_bytes`
// produces (serde_json compact output, object keys sorted by UTF-8 bytes), from JavaScript values.
//
// Where JSON.stringify and serde_json agree, and where they don't:
// - strings: both escape only `"`, `\` and U+0000..U+001F (\b \t \n \f \r, else lowercase \u00xx); neither
//   escapes `/`, DEL, non-ASCII, or U+2028/U+2029. JSON.stringify turns a lone surrogate into `\udXXX`,
//   which serde_json refuses to read back (Rust strings cannot hold one), so we refuse it up front;
// - key order: JSON.stringify keeps insertion order; we sort by UTF-8 bytes (not UTF-16 code units);
// - integers: JavaScript numbers lose precision above 2^53, so large u64/i64 values must be bigints
//   (JSON.stringify cannot serialize bigint at all); a number that is a safe integer is written as one;
// - floats: any other finite number is an f64 and is written as serde_json writes f64 (`0.5`, `1e+21`,
//   always with a fraction or exponent), and only if the node's parser reads it back to the same f64.
import { compareUtf8Order } from './key-order.ts';
import { formatF64LikeSerde } from './serde-float.ts';
import { canonicalizeJson, quoteJsonString } from './serde-json-canonicalize.ts';

export type JsonValue = null | boolean | number | bigint | string | readonly JsonValue[] | JsonObject;
/** Properties whose value is `undefined` are left out, as JSON.stringify does. */
export interface JsonObject {
  readonly [key: string]: JsonValue | undefined;
}

export class CanonicalJsonError extends Error {}

const MIN_I64 = -(1n << 63n);
const MAX_U64 = (1n << 64n) - 1n;
/** serde_json refuses to read more deeply nested values (recursion limit 128). */
const MAX_NESTING = 127;
const LONE_SURROGATE = /\p{Cs}/u;

/** The canonical JSON text of `value`. Throws CanonicalJsonError for what the Rust side could not hold. */
export function canonicalJson(value: JsonValue): string {
  const writer = { hasFloat: false };
  const text = write(value, 0, '$', writer);
  // Only floats can fail to survive serde_json's (not correctly rounded) parser; check those.
  if (writer.hasFloat && canonicalizeJson(text) !== text) {
    throw new CanonicalJsonError(`a float in ${text.slice(0, 80)} would not read back the same in serde_json`);
  }
  return text;
}

function write(value: JsonValue, depth: number, path: string, writer: { hasFloat: boolean }): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return quote(value, path);
    case 'bigint':
      if (value < MIN_I64 || value > MAX_U64) throw new CanonicalJsonError(`${path}: ${value} is outside i64/u64`);
      return value.toString();
    case 'number':
      if (Number.isSafeInteger(value)) return String(value);
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path}: ${value} has no JSON form`);
      writer.hasFloat = true;
      return formatF64LikeSerde(value);
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`${path}: ${typeof value} is not JSON`);
  }
  if (depth >= MAX_NESTING) throw new CanonicalJsonError(`${path}: nested deeper than serde_json reads (${MAX_NESTING})`);
  if (Array.isArray(value)) {
    const items = (value as readonly JsonValue[]).map((item, index) => {
      if (item === undefined) throw new CanonicalJsonError(`${path}[${index}]: undefined is not JSON`);
      return write(item, depth + 1, `${path}[${index}]`, writer);
    });
    return `[${items.join(',')}]`;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) {
    throw new CanonicalJsonError(`${path}: only plain objects and arrays are JSON (got ${value.constructor?.name ?? 'object'})`);
  }
  const object = value as JsonObject;
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort(compareUtf8Order);
  const members = keys.map((key) => `${quote(key, path)}:${write(object[key]!, depth + 1, `${path}.${key}`, writer)}`);
  return `{${members.join(',')}}`;
}

function quote(text: string, path: string): string {
  if (LONE_SURROGATE.test(text)) throw new CanonicalJsonError(`${path}: string holds a lone UTF-16 surrogate`);
  return quoteJsonString(text);
}

export { canonicalizeJson, JsonSyntaxError } from './serde-json-canonicalize.ts';
