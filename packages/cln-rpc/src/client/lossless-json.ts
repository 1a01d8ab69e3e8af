// JSON text ↔ values without losing 64-bit integers. lightningd prints u64 values (msat amounts, ids, TLV
// numbers, group ids) as bare JSON integers, and JSON.parse rounds anything above 2^53. Node 20 has no
// JSON.parse source-text access, so integer literals beyond Number.MAX_SAFE_INTEGER are quoted before parsing:
// they arrive as decimal strings, which the mapping's integer and amount conversions accept.
// In the other direction, bigint values are written as bare JSON integers.

const LONG_DIGIT_RUN = /\d{16}/;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isNumberChar(code: number): boolean {
  // digits, '+', '-', '.', 'e', 'E'
  return isDigit(code) || code === 0x2b || code === MINUS || code === 0x2e || code === 0x65 || code === 0x45;
}

function isUnsafeInteger(token: string): boolean {
  if (!/^-?\d+$/.test(token)) return false;
  const digits = token.startsWith('-') ? token.length - 1 : token.length;
  return digits > 15 && !Number.isSafeInteger(Number(token));
}

/** JSON.parse, except integers beyond ±(2^53 − 1) become decimal strings instead of rounded numbers. */
export function parseJsonLossless(text: string): unknown {
  // Fast path: without a run of 16 digits there is no unsafe integer anywhere.
  if (!LONG_DIGIT_RUN.test(text)) return JSON.parse(text);
  const parts: string[] = [];
  let copiedUpTo = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      // Skip the string literal, honouring escapes; digits inside strings are text, not numbers.
      i++;
      while (i < text.length && text.charCodeAt(i) !== QUOTE) i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
      i++;
    } else if (isDigit(code) || code === MINUS) {
      const start = i;
      while (i < text.length && isNumberChar(text.charCodeAt(i))) i++;
      const token = text.slice(start, i);
      if (isUnsafeInteger(token)) {
        parts.push(text.slice(copiedUpTo, start), '"', token, '"');
        copiedUpTo = i;
      }
    } else {
      i++;
    }
  }
  parts.push(text.slice(copiedUpTo));
  return JSON.parse(parts.join(''));
}

/** JSON.stringify that writes bigint values as JSON integers (lightningd parses u64 params textually). */
export function stringifyJsonLossless(value: unknown): string {
  const out: string[] = [];
  write(value, out);
  return out.join('');
}

function write(value: unknown, out: string[]): void {
  if (typeof value === 'bigint') {
    out.push(value.toString());
  } else if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, index) => {
      if (index > 0) out.push(',');
      // Like JSON.stringify: holes, undefined and functions inside arrays become null.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') out.push('null');
      else write(item, out);
    });
    out.push(']');
  } else if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    out.push('{');
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      if (!first) out.push(',');
      first = false;
      out.push(JSON.stringify(key), ':');
      write(item, out);
    }
    out.push('}');
  } else {
    const text = JSON.stringify(value);
    out.push(text === undefined ? 'null' : text);
  }
}
