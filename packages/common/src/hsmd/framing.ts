// hsmd framing (wire/wire_sync.c, wire/wire_io.h): every message on an hsmd socket is
// `u32be length ‖ body`, and the body starts with the `u16be` message type.
import { HsmdWireError } from './errors.ts';

/** CLN's WIRE_LEN_LIMIT: lightningd and hsmd refuse longer frames. */
export const WIRE_LEN_LIMIT = 1 << 27;

const HEADER_BYTES = 4;
const TYPE_BYTES = 2;

/** The message type of a body (its first two bytes, big-endian). */
export function peekType(body: Uint8Array): number {
  if (body.length < TYPE_BYTES) {
    throw new HsmdWireError('frame_too_short', `hsmd message body has ${body.length} bytes; it needs at least the 2-byte type`);
  }
  return (body[0]! << 8) | body[1]!;
}

/** Prefixes a body with its u32 big-endian length, ready to write to an hsmd socket. */
export function frame(body: Uint8Array): Uint8Array {
  peekType(body); // a body without a type is never valid on the wire
  if (body.length > WIRE_LEN_LIMIT) {
    throw new HsmdWireError('frame_too_large', `hsmd message of ${body.length} bytes exceeds the ${WIRE_LEN_LIMIT}-byte wire limit`);
  }
  const out = new Uint8Array(HEADER_BYTES + body.length);
  new DataView(out.buffer).setUint32(0, body.length);
  out.set(body, HEADER_BYTES);
  return out;
}

export interface FrameReaderOptions {
  /** Largest body accepted; defaults to CLN's WIRE_LEN_LIMIT (128 MiB). */
  readonly maxBodyLength?: number;
}

/**
 * Turns a byte stream into message bodies. Feed it chunks as they arrive (split anywhere) and it returns
 * the bodies completed so far. A length above the limit, or too short to hold a type, means the stream
 * is not hsmd wire (or is desynchronised): the reader throws and keeps throwing from then on.
 */
export class HsmdFrameReader {
  private readonly maxBodyLength: number;
  private readonly chunks: Uint8Array[] = [];
  /** Bytes of chunks[0] already consumed. */
  private headOffset = 0;
  private buffered = 0;
  /** Body length of the frame in progress, once its header has been read. */
  private bodyLength: number | undefined;
  private broken: HsmdWireError | undefined;

  constructor(options: FrameReaderOptions = {}) {
    this.maxBodyLength = options.maxBodyLength ?? WIRE_LEN_LIMIT;
  }

  /** Bytes received but not yet returned as part of a complete frame. */
  get pendingBytes(): number {
    return this.buffered + (this.bodyLength === undefined ? 0 : HEADER_BYTES);
  }

  /** Adds a chunk (kept by reference until consumed: do not reuse its memory); returns the bodies it completed. */
  push(chunk: Uint8Array): Uint8Array[] {
    if (this.broken) throw this.broken;
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    const bodies: Uint8Array[] = [];
    for (;;) {
      if (this.bodyLength === undefined) {
        if (this.buffered < HEADER_BYTES) break;
        const header = this.take(HEADER_BYTES);
        const length = new DataView(header.buffer).getUint32(0);
        this.checkLength(length);
        this.bodyLength = length;
      }
      if (this.buffered < this.bodyLength) break;
      bodies.push(this.take(this.bodyLength));
      this.bodyLength = undefined;
    }
    return bodies;
  }

  /** Throws if the stream ended in the middle of a frame (call when the socket closes). */
  end(): void {
    if (this.broken) throw this.broken;
    if (this.bodyLength !== undefined || this.buffered > 0) {
      const expected = this.bodyLength === undefined ? 'a 4-byte length' : `a ${this.bodyLength}-byte body`;
      throw new HsmdWireError('truncated', `hsmd stream ended in the middle of a frame: got ${this.buffered} bytes of ${expected}`);
    }
  }

  private checkLength(length: number): void {
    if (length > this.maxBodyLength) {
      this.broken = new HsmdWireError(
        'frame_too_large',
        `hsmd frame announces ${length} bytes, more than the ${this.maxBodyLength}-byte limit: not hsmd wire, or the stream is out of step`,
      );
    } else if (length < TYPE_BYTES) {
      this.broken = new HsmdWireError('frame_too_short', `hsmd frame announces ${length} bytes; a body needs at least the 2-byte type`);
    }
    if (this.broken) throw this.broken;
  }

  /** Removes and returns the next `n` buffered bytes (n ≤ buffered) as one contiguous copy. */
  private take(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < n) {
      const head = this.chunks[0]!;
      const available = head.length - this.headOffset;
      const used = Math.min(available, n - filled);
      out.set(head.subarray(this.headOffset, this.headOffset + used), filled);
      filled += used;
      if (used === available) {
        this.chunks.shift();
        this.headOffset = 0;
      } else {
        this.headOffset += used;
      }
    }
    this.buffered -= n;
    return out;
  }
}

/** Yields the bodies framed in an async byte stream (e.g. a `net.Socket`); throws on a broken stream. */
export async function* readFrames(source: AsyncIterable<Uint8Array>, options?: FrameReaderOptions): AsyncGenerator<Uint8Array> {
  const reader = new HsmdFrameReader(options);
  for await (const chunk of source) yield* reader.push(chunk);
  reader.end();
}
