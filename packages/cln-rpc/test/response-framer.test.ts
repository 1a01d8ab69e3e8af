import { describe, expect, it } from 'vitest';
import { ResponseFramer } from '../src/index.ts';

const stream = Buffer.from('{"id":1,"result":{"a":"ü⚡"}}\n\n{"id":2,"result":{}}\n\n', 'utf8');

describe('ResponseFramer', () => {
  it('splits on "\\n\\n" at every possible read boundary, including inside the separator and inside a UTF-8 character', () => {
    for (let cut = 0; cut <= stream.length; cut++) {
      const framer = new ResponseFramer();
      const frames = [...framer.push(stream.subarray(0, cut)), ...framer.push(stream.subarray(cut))];
      expect(frames, `cut at ${cut}`).toEqual(['{"id":1,"result":{"a":"ü⚡"}}', '{"id":2,"result":{}}']);
      expect(framer.pendingBytes).toBe(0);
    }
  });

  it('assembles a frame delivered one byte at a time', () => {
    const framer = new ResponseFramer();
    const frames = [...stream].flatMap((byte) => framer.push(Buffer.from([byte])));
    expect(frames).toHaveLength(2);
    expect(JSON.parse(frames[0]!)).toEqual({ id: 1, result: { a: 'ü⚡' } });
  });

  it('keeps an unterminated tail until its separator arrives, and skips blank frames', () => {
    const framer = new ResponseFramer();
    expect(framer.push(Buffer.from('\n\n{"id":3'))).toEqual([]);
    expect(framer.pendingBytes).toBe(7);
    expect(framer.push(Buffer.from('}\n'))).toEqual([]);
    expect(framer.push(Buffer.from('\n\n\n'))).toEqual(['{"id":3}']);
  });

  it('throws once an unterminated frame exceeds the limit', () => {
    const framer = new ResponseFramer(10);
    expect(() => framer.push(Buffer.from('{"id":1,"result":'))).toThrow(RangeError);
    expect(framer.pendingBytes).toBe(0);
  });
});
