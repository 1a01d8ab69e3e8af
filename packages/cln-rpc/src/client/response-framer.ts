// lightningd ends every response and notification with "\n\n" and uses no length prefix (cln-hsmd.md §8.1);
// its JSON never contains a blank line (string values escape newlines), so "\n\n" is a safe frame boundary,
// exactly as pyln-client reads it. Chunks are kept as a list and joined once per frame, so a response of many
// megabytes arriving in thousands of reads costs linear time, and multi-byte UTF-8 split across reads is fine.

const NEWLINE = 0x0a;
const SEPARATOR = '\n\n';

export class ResponseFramer {
  private chunks: Buffer[] = [];
  private buffered = 0;

  /** @param maxFrameBytes a frame longer than this throws (the peer is not lightningd, or is broken). */
  constructor(private readonly maxFrameBytes = Number.POSITIVE_INFINITY) {}

  /** Bytes received that do not yet form a complete frame. */
  get pendingBytes(): number {
    return this.buffered;
  }

  /** Feeds one read; returns the complete frames it finished, as text, without blank-only frames. */
  push(chunk: Buffer): string[] {
    const frames: string[] = [];
    let start = 0;
    // A separator split across two reads: the previous read ended with "\n" and this one starts with "\n".
    if (this.buffered > 0 && chunk.length > 0 && chunk[0] === NEWLINE && this.lastBufferedByte() === NEWLINE) {
      this.emit(frames, this.take(), 1);
      start = 1;
    }
    for (let end = chunk.indexOf(SEPARATOR, start); end !== -1; end = chunk.indexOf(SEPARATOR, start)) {
      this.chunks.push(chunk.subarray(start, end));
      this.emit(frames, this.take(), 0);
      start = end + SEPARATOR.length;
    }
    if (start < chunk.length) {
      this.chunks.push(chunk.subarray(start));
      this.buffered += chunk.length - start;
      if (this.buffered > this.maxFrameBytes) {
        this.reset();
        throw new RangeError(`JSON-RPC response larger than ${this.maxFrameBytes} bytes`);
      }
    }
    return frames;
  }

  reset(): void {
    this.chunks = [];
    this.buffered = 0;
  }

  private take(): Buffer {
    const joined = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    this.reset();
    return joined;
  }

  private emit(frames: string[], bytes: Buffer, dropTrailing: number): void {
    const text = bytes.subarray(0, bytes.length - dropTrailing).toString('utf8').trim();
    if (text !== '') frames.push(text);
  }

  private lastBufferedByte(): number | undefined {
    const last = this.chunks[this.chunks.length - 1];
    return last?.[last.length - 1];
  }
}
