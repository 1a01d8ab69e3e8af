// Plays lightningd (or a subdaemon) on an hsmd socket the way they do it: blocking socket, write a
// request, read exactly one framed reply, then the fd that follows a 109. Reads are exact-length
// (fs.read in libuv's thread pool, so the event loop stays free for the test's gRPC server): a read
// past the 109 frame would swallow the byte that carries the fd, and the fd with it.
import { closeSync, read, readFileSync, writeSync } from 'node:fs';
import { frame } from '@greenhouse/common/hsmd';
import { fdPassing } from '../../src/hsmd-proxy/fd-passing.ts';

export class LightningdSide {
  private closed = false;

  constructor(readonly fd: number) {}

  /** One end of a fresh socketpair for the proxy, and this side's end of it. */
  static pair(): { ours: LightningdSide; proxyFd: number } {
    const [ours, theirs] = fdPassing.socketPair();
    return { ours: new LightningdSide(ours), proxyFd: theirs };
  }

  send(body: Uint8Array): void {
    const data = frame(body);
    for (let written = 0; written < data.length; ) written += writeSync(this.fd, data, written);
  }

  /** The next reply body; rejects if the socket closes first. */
  async receive(): Promise<Buffer> {
    const length = (await this.readExactly(4)).readUInt32BE(0);
    return this.readExactly(length);
  }

  async request(body: Uint8Array): Promise<Buffer> {
    this.send(body);
    return this.receive();
  }

  /** The fd passed after a 109 reply. */
  receiveFd(): number {
    return fdPassing.recvFd(this.fd);
  }

  /** Resolves true once the proxy has closed its end (a read returns end-of-file). */
  async closedByPeer(): Promise<boolean> {
    return (await readSome(this.fd, Buffer.alloc(1))) === 0;
  }

  /** Closes this side (once; later calls do nothing). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }

  private async readExactly(length: number): Promise<Buffer> {
    const buffer = Buffer.alloc(length);
    for (let filled = 0; filled < length; ) {
      const got = await readSome(this.fd, buffer.subarray(filled));
      if (got === 0) throw new Error(`hsmd socket closed with ${length - filled} of ${length} bytes unread`);
      filled += got;
    }
    return buffer;
  }
}

function readSome(fd: number, into: Buffer): Promise<number> {
  return new Promise((resolve, reject) => read(fd, into, 0, into.length, null, (error, n) => (error ? reject(error) : resolve(n))));
}

/** True when the fd is in blocking mode (O_NONBLOCK clear), from Linux's /proc fdinfo. */
export function isBlocking(fd: number): boolean {
  const flags = /^flags:\s+([0-7]+)$/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))![1]!;
  const O_NONBLOCK = 0o4000;
  return (parseInt(flags, 8) & O_NONBLOCK) === 0;
}
