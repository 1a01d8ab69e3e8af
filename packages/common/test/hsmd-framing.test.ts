import { describe, expect, it } from 'vitest';
import { HsmdWireError } from '../src/hsmd/errors.ts';
import { frame, HsmdFrameReader, peekType, readFrames, WIRE_LEN_LIMIT } from '../src/hsmd/framing.ts';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));

// Three bodies as lightningd writes them: client_hsmfd_reply (109), dev_memleak_reply (133, false), and
// a derive_secret("commando") request (27) — a stream mixing short and longer frames.
const BODIES = [hex('006d'), hex('008500'), hex('001b 0008 636f6d6d616e646f')];
const STREAM = Uint8Array.from(Buffer.concat(BODIES.map((body) => frame(body))));

function readAll(chunks: Uint8Array[]): Uint8Array[] {
  const reader = new HsmdFrameReader();
  const bodies = chunks.flatMap((chunk) => reader.push(chunk));
  reader.end();
  return bodies;
}

function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [0, ...cuts, bytes.length];
  return points.slice(1).map((end, i) => bytes.slice(points[i], end));
}

describe('hsmd framing', () => {
  it('frames a body as u32be length ‖ body and peeks its u16be type', () => {
    expect(frame(hex('001b0008636f6d6d616e646f'))).toEqual(hex('0000000c 001b0008636f6d6d616e646f'));
    expect(peekType(hex('0072 00000006'))).toBe(114);
    expect(peekType(hex('03e8'))).toBe(1000);
  });

  it('refuses to frame or peek a body too short for its type', () => {
    expect(() => frame(hex('00'))).toThrow(/at least the 2-byte type/);
    expect(() => peekType(new Uint8Array())).toThrow(HsmdWireError);
  });

  it('reads the stream back whole, byte by byte, and at every single split point', () => {
    expect(readAll([STREAM])).toEqual(BODIES);
    expect(readAll(Array.from(STREAM, (byte) => Uint8Array.of(byte)))).toEqual(BODIES);
    for (let cut = 0; cut <= STREAM.length; cut++) {
      expect(readAll(splitAt(STREAM, [cut]))).toEqual(BODIES);
    }
  });

  it('reads the stream back over every pair of split points and empty chunks', () => {
    for (let a = 0; a <= STREAM.length; a++) {
      for (let b = a; b <= STREAM.length; b++) {
        const chunks = splitAt(STREAM, [a, b]);
        chunks.splice(1, 0, new Uint8Array());
        expect(readAll(chunks)).toEqual(BODIES);
      }
    }
  });

  it('returns each frame as soon as its last byte arrives', () => {
    const reader = new HsmdFrameReader();
    const first = frame(BODIES[0]!).length;
    expect(reader.push(STREAM.subarray(0, first - 1))).toEqual([]);
    expect(reader.push(STREAM.subarray(first - 1, first))).toEqual([BODIES[0]]);
    expect(reader.pendingBytes).toBe(0);
    expect(reader.push(STREAM.subarray(first, first + 5))).toEqual([]);
    expect(reader.pendingBytes).toBe(5);
  });

  it('does not alias the chunks it was given', () => {
    const chunk = frame(hex('008500'));
    const [body] = new HsmdFrameReader().push(chunk);
    chunk.fill(0xff);
    expect(body).toEqual(hex('008500'));
  });

  it('refuses an absurd length at once, and keeps refusing (the stream is out of step)', () => {
    const reader = new HsmdFrameReader();
    const tooLong = hex('08000001'); // 2^27 + 1
    expect(() => reader.push(tooLong)).toThrow(/announces 134217729 bytes, more than the 134217728-byte limit/);
    expect(() => reader.push(frame(hex('006d')))).toThrow(HsmdWireError);
    expect(WIRE_LEN_LIMIT).toBe(1 << 27);
  });

  it('honours a smaller limit and refuses frames too short for a type', () => {
    expect(() => new HsmdFrameReader({ maxBodyLength: 10 }).push(frame(new Uint8Array(11)))).toThrow(
      expect.objectContaining({ code: 'frame_too_large' }),
    );
    expect(() => new HsmdFrameReader().push(hex('00000001 00'))).toThrow(expect.objectContaining({ code: 'frame_too_short' }));
    expect(() => new HsmdFrameReader().push(hex('00000000'))).toThrow(/at least the 2-byte type/);
  });

  it('reports a stream that ends inside a frame', () => {
    const header = new HsmdFrameReader();
    header.push(hex('0000'));
    expect(() => header.end()).toThrow(/2 bytes of a 4-byte length/);
    const body = new HsmdFrameReader();
    body.push(hex('00000003 0085'));
    expect(() => body.end()).toThrow(expect.objectContaining({ code: 'truncated' }));
  });

  it('reads frames from an async byte stream such as a socket', async () => {
    async function* chunks() {
      for (let i = 0; i < STREAM.length; i += 3) yield STREAM.subarray(i, i + 3);
    }
    const bodies: Uint8Array[] = [];
    for await (const body of readFrames(chunks())) bodies.push(body);
    expect(bodies).toEqual(BODIES);

    async function* cutShort() {
      yield STREAM.subarray(0, STREAM.length - 1);
    }
    await expect(async () => {
      for await (const _ of readFrames(cutShort())) void _;
    }).rejects.toThrow(/ended in the middle of a frame/);
  });
});
