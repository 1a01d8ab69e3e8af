// Follows a node's log file (`<nodeDir>/log`) for StreamLog: first the last lines already there (the
// backlog), then every line appended, like `tail -n N -F`. It survives what happens to that file while
// a node runs for weeks: lightningd restarts (it appends), truncation (read again from the start) and
// replacement, e.g. log rotation (a new inode: read the new file from its start). It polls rather than
// using fs.watch, which misses replacements and behaves differently per file system.
import { open, stat } from 'node:fs/promises';

export interface LogFollowOptions {
  file: string;
  /** How many of the lines already in the file come first. Default 1000. */
  backlogLines?: number;
  /** At most this many bytes from the end of the file are read for the backlog. Default 1 MiB. */
  backlogBytes?: number;
  /** How often the file is looked at. Default 250 ms. */
  pollMs?: number;
  /** A longer line is passed on in pieces of this many bytes. Default 64 KiB. */
  maxLineBytes?: number;
  /** Lines, without their newline, in file order. */
  onLines: (lines: string[]) => void;
  /** Stops following. */
  signal: AbortSignal;
}

export const DEFAULT_LOG_BACKLOG_LINES = 1000;
const DEFAULT_BACKLOG_BYTES = 1024 * 1024;
const DEFAULT_POLL_MS = 250;
const DEFAULT_MAX_LINE_BYTES = 64 * 1024;
/** Read per step while catching up, so one huge append does not hold everything in memory. */
const READ_CHUNK_BYTES = 256 * 1024;
const NEWLINE = 0x0a;

/** Runs until `signal` aborts; resolves then. A missing file is waited for. */
export async function followLog(options: LogFollowOptions): Promise<void> {
  await new LogFollower(options).run();
}

class LogFollower {
  private offset = 0;
  private inode: number | undefined;
  private partial: Buffer = Buffer.alloc(0);
  private readonly maxLineBytes: number;

  constructor(private readonly options: LogFollowOptions) {
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  }

  async run(): Promise<void> {
    const { signal } = this.options;
    if (signal.aborted) return;
    await this.readBacklog();
    const pollMs = this.options.pollMs ?? DEFAULT_POLL_MS;
    while (!signal.aborted) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, pollMs);
        function done() {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          resolve();
        }
        signal.addEventListener('abort', done, { once: true });
      });
      if (signal.aborted) break;
      await this.readNew();
    }
  }

  private async readBacklog(): Promise<void> {
    const info = await stat(this.options.file).catch(() => undefined);
    if (!info) return; // not there yet: everything it gets is new
    this.inode = info.ino;
    const start = Math.max(0, info.size - (this.options.backlogBytes ?? DEFAULT_BACKLOG_BYTES));
    const bytes = await this.read(start, info.size);
    this.offset = start + bytes.length;
    let lines = splitLines(bytes);
    this.partial = lines.rest;
    // Started in the middle of the file: the first piece is the end of a line, not a line.
    if (start > 0 && lines.lines.length > 0) lines = { ...lines, lines: lines.lines.slice(1) };
    const wanted = this.options.backlogLines ?? DEFAULT_LOG_BACKLOG_LINES;
    const backlog = lines.lines.slice(Math.max(0, lines.lines.length - wanted));
    if (backlog.length > 0) this.emit(backlog);
  }

  private async readNew(): Promise<void> {
    const info = await stat(this.options.file).catch(() => undefined);
    if (!info) return; // removed; a new one is read from its start when it appears
    if (this.inode !== undefined && info.ino !== this.inode) {
      this.flushPartial();
      this.offset = 0; // replaced (rotated): the new file from its start
    } else if (info.size < this.offset) {
      this.flushPartial();
      this.offset = 0; // truncated
    }
    this.inode = info.ino;
    while (this.offset < info.size && !this.options.signal.aborted) {
      const end = Math.min(info.size, this.offset + READ_CHUNK_BYTES);
      const bytes = await this.read(this.offset, end);
      if (bytes.length === 0) break;
      this.offset += bytes.length;
      const { lines, rest } = splitLines(Buffer.concat([this.partial, bytes]));
      this.partial = rest;
      if (this.partial.length > this.maxLineBytes) {
        lines.push(this.partial.toString('utf8', 0, this.maxLineBytes));
        this.partial = this.partial.subarray(this.maxLineBytes);
      }
      if (lines.length > 0) this.emit(lines);
    }
  }

  private flushPartial(): void {
    if (this.partial.length > 0) this.emit([this.partial.toString('utf8')]);
    this.partial = Buffer.alloc(0);
  }

  private emit(lines: string[]): void {
    if (!this.options.signal.aborted) this.options.onLines(lines);
  }

  private async read(start: number, end: number): Promise<Buffer> {
    const handle = await open(this.options.file, 'r').catch(() => undefined);
    if (!handle) return Buffer.alloc(0);
    try {
      const buffer = Buffer.alloc(end - start);
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, start + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buffer.subarray(0, filled);
    } finally {
      await handle.close();
    }
  }
}

/** Complete lines (without "\n", and without a "\r" before it) and what follows the last newline. */
function splitLines(bytes: Buffer): { lines: string[]; rest: Buffer } {
  const lines: string[] = [];
  let start = 0;
  let newline: number;
  while ((newline = bytes.indexOf(NEWLINE, start)) >= 0) {
    const end = newline > start && bytes[newline - 1] === 0x0d ? newline - 1 : newline;
    lines.push(bytes.toString('utf8', start, end));
    start = newline + 1;
  }
  return { lines, rest: Buffer.from(bytes.subarray(start)) };
}
