// Canonical JSON must be byte-identical to what Greenlight's node writes back after parsing a value
// with serde_json (1.0.149) and serializing it with `canonical_json_bytes`, or state signatures break.
// The `canonicalizeJson` expectations below were produced by serde_json itself (from_slice::<Value> +
// to_vec), with ryu's `e21` written as zmij's `e+21`.
import { describe, expect, it } from 'vitest';
import { canonicalizeJson, canonicalJson, CanonicalJsonError, JsonSyntaxError } from '../src/signer-state/canonical-json.ts';
import { compareUtf8Order } from '../src/signer-state/key-order.ts';
import { formatF64LikeSerde } from '../src/signer-state/serde-float.ts';

describe('canonicalJson (values this signer writes)', () => {
  it('sorts object keys at every level and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, false, null], c: { z: 'x', y: 2 } })).toBe(
      '{"a":[true,false,null],"b":1,"c":{"y":2,"z":"x"}}',
    );
    expect(canonicalJson({ peer_id: '02aa', addr: '127.0.0.1:9735', direction: 'out', features: '' })).toBe(
      '{"addr":"127.0.0.1:9735","direction":"out","features":"","peer_id":"02aa"}',
    );
  });

  it('orders keys by UTF-8 bytes like Rust, not by UTF-16 code units like Array.prototype.sort', () => {
    const value = { '\u{10000}': 2, '\uffff': 1, a: 4, B: 3 };
    expect(canonicalJson(value)).toBe('{"B":3,"a":4,"\uffff":1,"\u{10000}":2}');
    expect(['\u{10000}', '\uffff'].sort()).toEqual(['\u{10000}', '\uffff']); // what JS would do
    expect(['\u{10000}', '\uffff'].sort(compareUtf8Order)).toEqual(['\uffff', '\u{10000}']);
    expect(Buffer.compare(Buffer.from('\uffff'), Buffer.from('\u{10000}'))).toBe(-1);
  });

  it("escapes strings as serde_json does: only quote, backslash and control characters", () => {
    const text = 'q" b\\ /é€😀\u007f\u2028\u2029\b\t\n\f\r\u0000\u001f';
    const expected = '"q\\" b\\\\ /é€😀\u007f\u2028\u2029\\b\\t\\n\\f\\r\\u0000\\u001f"';
    expect(canonicalJson(text)).toBe(expected);
    // Same as JSON.stringify for well-formed strings, U+2028/U+2029 included (left raw by both).
    expect(JSON.stringify(text)).toBe(expected);
    // And the node would keep it byte for byte.
    expect(canonicalizeJson(expected)).toBe(expected);
  });

  it('refuses lone surrogates, which JSON.stringify escapes but serde_json cannot read', () => {
    expect(JSON.stringify('\ud800')).toBe('"\\ud800"');
    expect(() => canonicalizeJson('"\\ud800"')).toThrow(JsonSyntaxError);
    expect(() => canonicalJson('\ud800')).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ ['\udc00']: 1 })).toThrow(/lone UTF-16 surrogate/);
  });

  it('writes safe integers as integers and big u64/i64 values from bigints exactly', () => {
    expect(canonicalJson({ n: 5, neg: -7, zero: -0 })).toBe('{"n":5,"neg":-7,"zero":0}');
    expect(canonicalJson({ max: 18446744073709551615n, min: -9223372036854775808n })).toBe(
      '{"max":18446744073709551615,"min":-9223372036854775808}',
    );
    expect(() => canonicalJson(18446744073709551616n)).toThrow(/outside i64\/u64/);
    expect(() => canonicalJson(-9223372036854775809n)).toThrow(/outside i64\/u64/);
  });

  it('writes other numbers as serde_json writes f64, and refuses ones the node would not read back', () => {
    expect(canonicalJson([0.5, 1e21, 1e-7, 123456.789, 2 ** 53 + 2])).toBe('[0.5,1e+21,1e-7,123456.789,9007199254740994.0]');
    expect(() => canonicalJson(NaN)).toThrow(CanonicalJsonError);
    expect(() => canonicalJson(Infinity)).toThrow(CanonicalJsonError);
    // serde_json (without float_roundtrip) reads 959.7788173840969 one ulp low: not storable.
    expect(canonicalizeJson('959.7788173840969')).toBe('959.7788173840968');
    expect(() => canonicalJson(959.7788173840969)).toThrow(/would not read back the same/);
  });

  it('skips undefined properties and refuses what is not JSON', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(() => canonicalJson([undefined as never])).toThrow(/undefined/);
    expect(() => canonicalJson(new Date(0) as never)).toThrow(/plain objects/);
    expect(() => canonicalJson(new Uint8Array(2) as never)).toThrow(/plain objects/);
    const deep = JSON.parse('['.repeat(127) + ']'.repeat(127));
    expect(canonicalJson(deep)).toBe('['.repeat(127) + ']'.repeat(127));
    expect(() => canonicalJson([deep])).toThrow(/nested deeper/);
  });
});

describe('canonicalizeJson (values as the node re-serializes them)', () => {
  const serdeRoundTrips: Array<[string, string]> = [
    ['{"b":1,"a":[true,false,null],"c":{"z":"x","y":2}}', '{"a":[true,false,null],"b":1,"c":{"y":2,"z":"x"}}'],
    [' {\n\t"a" :\r1 } ', '{"a":1}'],
    ['1.0', '1.0'],
    ['-0', '-0.0'],
    ['-0.0', '-0.0'],
    ['1e2', '100.0'],
    ['100.0e-2', '1.0'],
    ['18446744073709551615', '18446744073709551615'],
    ['18446744073709551616', '1.8446744073709552e+19'],
    ['-9223372036854775808', '-9223372036854775808'],
    ['-9223372036854775809', '-9.223372036854776e+18'],
    ['0.30000000000000004', '0.30000000000000004'],
    ['1e21', '1e+21'],
    ['1e-7', '1e-7'],
    ['0.00001', '0.00001'],
    ['1e16', '1e+16'],
    ['1e15', '1000000000000000.0'],
    ['123456.789', '123456.789'],
    ['1.5e300', '1.5e+300'],
    // serde_json's float parser is not correctly rounded; JavaScript would say 9007199254740992.
    ['9007199254740993.0', '9007199254740994.0'],
    ['2.2250738585072011e-308', '2.2250738585072014e-308'],
    ['959.7788173840969', '959.7788173840968'],
    // Too long for a u64, then a fraction: 1.0.149 folds the fraction digit in (older versions refused).
    ['18446744073709551616.5', '1.8446744073709552e+19'],
    ['"\\u00e9\\/\\u2028\\ud83d\\ude00\\u007f\\u001f\\b"', '"é/\u2028😀\u007f\\u001f\\b"'],
    ['{"a":1,"a":2}', '{"a":2}'],
    ['{"\uffff":1,"\u{10000}":2,"B":3,"a":4}', '{"B":3,"a":4,"\uffff":1,"\u{10000}":2}'],
  ];
  it.each(serdeRoundTrips)('%s → %s', (input, expected) => {
    expect(canonicalizeJson(Buffer.from(input))).toBe(expected);
    expect(canonicalizeJson(expected)).toBe(expected); // canonical text is a fixed point
  });

  it.each([
    '1e400',
    '[1,]',
    '{"a":1,}',
    '01',
    '1.',
    '184467440737095516150.', // 1.0.149 refuses (1.0.87 accepted it)
    '.5',
    '-',
    '1e',
    'nul',
    'NaN',
    '"\\ud800"',
    '"\\udc00"',
    '"\\ud800\\n"',
    '"\\x"',
    '"a\u0001"',
    '{1:2}',
    '1 2',
    '\ufeff1',
    '\u000b1',
    '',
    '['.repeat(128) + ']'.repeat(128),
  ])('refuses %j as serde_json does', (input) => {
    expect(() => canonicalizeJson(Buffer.from(input))).toThrow(JsonSyntaxError);
  });

  it('refuses invalid UTF-8', () => {
    expect(() => canonicalizeJson(Uint8Array.from([0x22, 0xff, 0x22]))).toThrow(/invalid unicode/);
  });

  it('accepts the deepest nesting serde_json does (127)', () => {
    expect(canonicalizeJson('['.repeat(127) + ']'.repeat(127))).toBe('['.repeat(127) + ']'.repeat(127));
  });
});

describe('formatF64LikeSerde', () => {
  it.each([
    [1, '1.0'],
    [-0, '-0.0'],
    [0, '0.0'],
    [43210, '43210.0'],
    [43210.1, '43210.1'],
    [-5942736479622170, '-5942736479622170.0'],
    [5.444310685350916e14, '544431068535091.6'],
    [6.62607015e-34, '6.62607015e-34'],
    [5e-324, '5e-324'],
    [3.439070283483335e35, '3.439070283483335e+35'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [0.001234, '0.001234'],
  ])('%d → %s (zmij)', (value, expected) => {
    expect(formatF64LikeSerde(value)).toBe(expected);
  });
});
