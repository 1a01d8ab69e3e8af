// Parses JSON the way `serde_json::from_slice::<serde_json::Value>` (1.0.149, default features) does
// and writes the result back the way Greenlight's `canonical_json_bytes` does. The node runs every
// state value through exactly that pair, so this is what a value's bytes will be after a round trip,
// and it accepts and refuses the same inputs:
//
// - strict RFC 8259 grammar: no leading zeros, no `1.`/`.5`, no trailing commas, no comments, only
//   space/tab/LF/CR as whitespace, no byte-order mark, nothing after the value;
// - strings must be valid UTF-8, may not contain raw control characters (U+0000..U+001F), and `\u`
//   escapes must form whole characters (a lone surrogate is an error, not U+FFFD);
// - at most 127 nested arrays/objects (serde_json's recursion limit of 128);
// - integers stay exact: u64 when non-negative, i64 when negative, anything else becomes an f64 (`-0` too);
//   a number with a fraction or exponent is always an f64 (so `1.0` stays `1.0`, not `1`);
// - duplicate object keys: the last one wins (serde_json's map insert).
//
// Output: object keys sorted by UTF-8 bytes, no whitespace, strings escaped as serde_json does (only
// `"`, `\` and U+0000..U+001F, with \b \t \n \f \r short forms and lowercase \u00xx), floats as in
// serde-float.ts.
import { compareUtf8Order } from './key-order.ts';
import { formatF64LikeSerde, SerdeNumberOutOfRange, serdeF64FromParts } from './serde-float.ts';

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly position: number) {
    super(`${message} at offset ${position}`);
  }
}

const MAX_U64 = (1n << 64n) - 1n;
const MAX_I32 = 2 ** 31 - 1;
const RECURSION_LIMIT = 128;
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Canonical JSON text of `input` as the node would re-serialize it; throws JsonSyntaxError if serde_json would refuse it. */
export function canonicalizeJson(input: Uint8Array | string): string {
  let text: string;
  if (typeof input === 'string') {
    // Bytes on the wire are UTF-8, which cannot carry a lone surrogate; a JS string can.
    if (/\p{Cs}/u.test(input)) throw new JsonSyntaxError('invalid unicode code point', 0);
    text = input;
  } else {
    try {
      text = UTF8.decode(input);
    } catch {
      throw new JsonSyntaxError('invalid unicode code point', 0);
    }
  }
  return new SerdeJsonReader(text).readDocument();
}

/** A JSON string literal with serde_json's escaping. `value` must be well-formed UTF-16 (see canonical-json.ts). */
export const quoteJsonString = (value: string): string => JSON.stringify(value);

class SerdeJsonReader {
  private pos = 0;
  private remainingDepth = RECURSION_LIMIT;

  constructor(private readonly text: string) {}

  readDocument(): string {
    const value = this.readValue();
    this.skipWhitespace();
    if (this.pos < this.text.length) this.fail('trailing characters');
    return value;
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(message, this.pos);
  }

  private peek(): number {
    return this.pos < this.text.length ? this.text.charCodeAt(this.pos) : -1;
  }

  private skipWhitespace(): void {
    for (;;) {
      const c = this.peek();
      if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return;
      this.pos++;
    }
  }

  private readValue(): string {
    this.skipWhitespace();
    const c = this.peek();
    switch (c) {
      case -1:
        return this.fail('EOF while parsing a value');
      case 0x6e /* n */:
        return this.readKeyword('null');
      case 0x74 /* t */:
        return this.readKeyword('true');
      case 0x66 /* f */:
        return this.readKeyword('false');
      case 0x2d /* - */:
        this.pos++;
        return this.readNumber(false);
      case 0x22 /* " */:
        this.pos++;
        return quoteJsonString(this.readString());
      case 0x5b /* [ */:
        return this.nested(() => this.readArray());
      case 0x7b /* { */:
        return this.nested(() => this.readObject());
      default:
        if (c >= 0x30 && c <= 0x39) return this.readNumber(true);
        return this.fail('expected value');
    }
  }

  private nested(read: () => string): string {
    if (--this.remainingDepth === 0) this.fail('recursion limit exceeded');
    this.pos++;
    const value = read();
    this.remainingDepth++;
    return value;
  }

  private readKeyword(word: string): string {
    if (this.text.startsWith(word, this.pos)) {
      this.pos += word.length;
      return word;
    }
    for (let i = 0; i < word.length; i++, this.pos++) {
      if (this.pos >= this.text.length) this.fail('EOF while parsing a value');
      if (this.text[this.pos] !== word[i]) this.fail('expected ident');
    }
    return word;
  }

  private readArray(): string {
    const items: string[] = [];
    this.skipWhitespace();
    if (this.peek() === 0x5d /* ] */) {
      this.pos++;
      return '[]';
    }
    for (;;) {
      items.push(this.readValue());
      this.skipWhitespace();
      const c = this.peek();
      this.pos++;
      if (c === 0x5d) return `[${items.join(',')}]`;
      if (c !== 0x2c /* , */) this.fail(c === -1 ? 'EOF while parsing a list' : 'expected `,` or `]`');
      this.skipWhitespace();
      if (this.peek() === 0x5d) this.fail('trailing comma');
    }
  }

  private readObject(): string {
    const members = new Map<string, string>();
    this.skipWhitespace();
    if (this.peek() === 0x7d /* } */) {
      this.pos++;
      return '{}';
    }
    for (;;) {
      this.skipWhitespace();
      const c = this.peek();
      if (c === -1) this.fail('EOF while parsing an object');
      if (c === 0x7d) this.fail('trailing comma');
      if (c !== 0x22) this.fail('key must be a string');
      this.pos++;
      const key = this.readString();
      this.skipWhitespace();
      if (this.peek() !== 0x3a /* : */) this.fail(this.peek() === -1 ? 'EOF while parsing an object' : 'expected `:`');
      this.pos++;
      members.set(key, this.readValue());
      this.skipWhitespace();
      const next = this.peek();
      this.pos++;
      if (next === 0x7d) break;
      if (next !== 0x2c) this.fail(next === -1 ? 'EOF while parsing an object' : 'expected `,` or `}`');
    }
    const keys = [...members.keys()].sort(compareUtf8Order);
    return `{${keys.map((key) => `${quoteJsonString(key)}:${members.get(key)}`).join(',')}}`;
  }

  /** After the opening quote; returns the decoded string. */
  private readString(): string {
    let out = '';
    let runStart = this.pos;
    for (;;) {
      if (this.pos >= this.text.length) this.fail('EOF while parsing a string');
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x22) {
        out += this.text.slice(runStart, this.pos);
        this.pos++;
        return out;
      }
      if (c < 0x20) this.fail('control character (\\u0000-\\u001F) found while parsing a string');
      if (c !== 0x5c /* \ */) {
        this.pos++;
        continue;
      }
      out += this.text.slice(runStart, this.pos);
      this.pos++;
      out += this.readEscape();
      runStart = this.pos;
    }
  }

  /** After a backslash. */
  private readEscape(): string {
    if (this.pos >= this.text.length) this.fail('EOF while parsing a string');
    const c = this.text[this.pos++];
    switch (c) {
      case '"':
      case '\\':
      case '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        return this.readUnicodeEscape();
      default:
        return this.fail('invalid escape');
    }
  }

  /** After `\u`: one BMP character, or a surrogate pair spelled as two escapes. */
  private readUnicodeEscape(): string {
    const unit = this.readHex4();
    if (unit >= 0xdc00 && unit <= 0xdfff) this.fail('lone leading surrogate in hex escape');
    if (unit < 0xd800 || unit > 0xdbff) return String.fromCharCode(unit);
    if (this.text[this.pos] !== '\\' || this.text[this.pos + 1] !== 'u') {
      if (this.pos >= this.text.length) this.fail('EOF while parsing a string');
      this.fail('unexpected end of hex escape');
    }
    this.pos += 2;
    const low = this.readHex4();
    if (low < 0xdc00 || low > 0xdfff) this.fail('lone leading surrogate in hex escape');
    return String.fromCharCode(unit, low);
  }

  private readHex4(): number {
    const digits = this.text.slice(this.pos, this.pos + 4);
    if (digits.length < 4) this.fail('EOF while parsing a string');
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) this.fail('invalid escape');
    this.pos += 4;
    return parseInt(digits, 16);
  }

  // ---- numbers: serde_json's parse_integer / parse_number / parse_decimal / parse_exponent ----

  private digitAt(pos: number): number {
    const c = pos < this.text.length ? this.text.charCodeAt(pos) : -1;
    return c >= 0x30 && c <= 0x39 ? c - 0x30 : -1;
  }

  /** After an optional minus sign. */
  private readNumber(positive: boolean): string {
    const first = this.digitAt(this.pos);
    if (first < 0) this.fail(this.pos >= this.text.length ? 'EOF while parsing a value' : 'invalid number');
    this.pos++;
    if (first === 0) {
      if (this.digitAt(this.pos) >= 0) this.fail('invalid number');
      return this.readNumberTail(positive, 0n);
    }
    let significand = BigInt(first);
    for (;;) {
      const digit = this.digitAt(this.pos);
      if (digit < 0) return this.readNumberTail(positive, significand);
      const next = significand * 10n + BigInt(digit);
      if (next > MAX_U64) return this.float(this.readLongInteger(positive, significand));
      this.pos++;
      significand = next;
    }
  }

  /** serde_json's parse_number: an integer unless a fraction or exponent follows. */
  private readNumberTail(positive: boolean, significand: bigint): string {
    const c = this.peek();
    if (c === 0x2e /* . */) return this.float(this.readDecimal(positive, significand, 0));
    if (c === 0x65 || c === 0x45 /* e E */) return this.float(this.readExponent(positive, significand, 0));
    if (positive) return significand.toString();
    // i64 when it fits; `-0` and anything below i64::MIN become floats.
    if (significand === 0n || significand > 1n << 63n) return this.float(-Number(significand));
    return (-significand).toString();
  }

  private float(value: number): string {
    return formatF64LikeSerde(value);
  }

  /** More integer digits than a u64 holds: the rest only scale the value. */
  private readLongInteger(positive: boolean, significand: bigint): number {
    let exponent = 0;
    while (this.digitAt(this.pos) >= 0) {
      this.pos++;
      exponent++;
    }
    const c = this.peek();
    if (c === 0x2e) return this.readDecimal(positive, significand, exponent);
    if (c === 0x65 || c === 0x45) return this.readExponent(positive, significand, exponent);
    return this.fromParts(positive, significand, exponent);
  }

  /** At the `.`. */
  private readDecimal(positive: boolean, significand: bigint, exponentBeforePoint: number): number {
    this.pos++;
    let exponentAfterPoint = 0;
    for (;;) {
      const digit = this.digitAt(this.pos);
      if (digit < 0) break;
      const next = significand * 10n + BigInt(digit);
      if (next > MAX_U64) {
        // serde_json ignores every further fraction digit.
        while (this.digitAt(this.pos) >= 0) this.pos++;
        return this.readAfterFraction(positive, significand, exponentBeforePoint + exponentAfterPoint);
      }
      this.pos++;
      significand = next;
      exponentAfterPoint--;
    }
    if (exponentAfterPoint === 0) this.fail(this.pos >= this.text.length ? 'EOF while parsing a value' : 'invalid number');
    return this.readAfterFraction(positive, significand, exponentBeforePoint + exponentAfterPoint);
  }

  private readAfterFraction(positive: boolean, significand: bigint, exponent: number): number {
    const c = this.peek();
    if (c === 0x65 || c === 0x45) return this.readExponent(positive, significand, exponent);
    return this.fromParts(positive, significand, exponent);
  }

  /** At the `e`/`E`. */
  private readExponent(positive: boolean, significand: bigint, startingExponent: number): number {
    this.pos++;
    let positiveExponent = true;
    const sign = this.peek();
    if (sign === 0x2b /* + */ || sign === 0x2d /* - */) {
      positiveExponent = sign === 0x2b;
      this.pos++;
    }
    const first = this.digitAt(this.pos);
    if (first < 0) this.fail(this.pos >= this.text.length ? 'EOF while parsing a value' : 'invalid number');
    this.pos++;
    let exponent = first;
    for (;;) {
      const digit = this.digitAt(this.pos);
      if (digit < 0) break;
      this.pos++;
      if (exponent > Math.floor(MAX_I32 / 10) || (exponent === Math.floor(MAX_I32 / 10) && digit > MAX_I32 % 10)) {
        // parse_exponent_overflow: ±0 for a huge negative exponent (or a zero significand), else an error.
        if (significand !== 0n && positiveExponent) this.fail('number out of range');
        while (this.digitAt(this.pos) >= 0) this.pos++;
        return positive ? 0 : -0;
      }
      exponent = exponent * 10 + digit;
    }
    const total = positiveExponent ? startingExponent + exponent : startingExponent - exponent;
    return this.fromParts(positive, significand, Math.max(-(2 ** 31), Math.min(MAX_I32, total)));
  }

  private fromParts(positive: boolean, significand: bigint, exponent: number): number {
    try {
      return serdeF64FromParts(positive, significand, exponent);
    } catch (error) {
      if (error instanceof SerdeNumberOutOfRange) this.fail(error.message);
      throw error;
    }
  }
}
