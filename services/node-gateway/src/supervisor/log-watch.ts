// Watches a node's log file for a line, reading only what was appended since a given offset.
import { open } from 'node:fs/promises';

const CHUNK_BYTES = 64 * 1024;

export class LogWatch {
  private partial = '';

  /** @param offset where to start reading: the file's size before the process was started. */
  constructor(
    private readonly file: string,
    private offset: number,
  ) {}

  /** True once a line containing `text` was appended after the start offset (reads what is new since the last call). */
  async sawLine(text: string): Promise<boolean> {
    let handle;
    try {
      handle = await open(this.file, 'r');
    } catch {
      return false; // not created yet
    }
    try {
      const { size } = await handle.stat();
      if (size < this.offset) this.offset = 0; // truncated or replaced: read it from the start
      const buffer = Buffer.alloc(CHUNK_BYTES);
      while (this.offset < size) {
        const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK_BYTES, size - this.offset), this.offset);
        if (bytesRead === 0) break;
        this.offset += bytesRead;
        const lines = (this.partial + buffer.toString('utf8', 0, bytesRead)).split('\n');
        this.partial = lines.pop()!;
        if (lines.some((line) => line.includes(text))) return true;
        if (this.partial.length > CHUNK_BYTES) this.partial = this.partial.slice(-CHUNK_BYTES); // a runaway line
      }
      return false;
    } finally {
      await handle.close();
    }
  }
}
