import { describe, expect, it } from 'vitest';
import { parseJsonLossless, stringifyJsonLossless } from '../src/index.ts';

describe('parseJsonLossless', () => {
  it('turns integers beyond 2^53 into exact decimal strings and leaves the rest alone', () => {
    const text = '{"u64":18446744073709551615,"neg":-9223372036854775808,"safe":9007199254740991,"f":1.5e300,"small":-3,"s":"12345678901234567890","esc":"a\\"1234567890123456789\\\\","arr":[10000000000000000001,true,null]}';
    expect(parseJsonLossless(text)).toEqual({
      u64: '18446744073709551615',
      neg: '-9223372036854775808',
      safe: 9007199254740991,
      f: 1.5e300,
      small: -3,
      s: '12345678901234567890',
      esc: 'a"1234567890123456789\\',
      arr: ['10000000000000000001', true, null],
    });
  });

  it('is plain JSON.parse when no long digit run exists, and still rejects invalid JSON', () => {
    expect(parseJsonLossless('{"a":[1,2,{"b":"c"}]}')).toEqual({ a: [1, 2, { b: 'c' }] });
    expect(() => parseJsonLossless('{"a":12345678901234567890')).toThrow(SyntaxError);
  });
});

describe('stringifyJsonLossless', () => {
  it('writes bigint as bare integers and otherwise matches JSON.stringify', () => {
    const value = { a: 18446744073709551615n, b: [1, undefined, 'x'], c: undefined, d: null, e: { f: true }, g: 'q"' };
    expect(stringifyJsonLossless(value)).toBe('{"a":18446744073709551615,"b":[1,null,"x"],"d":null,"e":{"f":true},"g":"q\\""}');
    const plain = { x: [1, 2, { y: 'z' }], n: 1.25, t: false };
    expect(stringifyJsonLossless(plain)).toBe(JSON.stringify(plain));
  });
});
