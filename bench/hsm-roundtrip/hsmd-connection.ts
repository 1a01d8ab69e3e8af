// One hsmd client connection as a subdaemon holds it, but non-blocking: the fd the proxy passed after
// a `hsmd_client_hsmfd` (109) reply, wrapped in a net.Socket, with hsmd's framing (4-byte length).
// Requests on one connection are answered in order; many connections run independently.
import { Socket } from 'node:net';
import { frame } from '@greenhouse/common/hsmd';

export class HsmdConnection {
  private readonly socket: Socket;
  private buffered: Buffer = Buffer.alloc(0);
  private readonly waiting: Array<{ resolve: (body: Buffer) => void; reject: (error: Error) => void }> = [];

  constructor(fd: number) {
    this.socket = new Socket({ fd, readable: true, writable: true });
    this.socket.on('data', (chunk: Buffer) => {
      this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
      this.deliver();
    });
    const fail = (error?: Error) => {
      for (const waiter of this.waiting.splice(0)) waiter.reject(error ?? new Error('hsmd connection closed'));
    };
    this.socket.on('error', fail);
    this.socket.on('close', () => fail());
  }

  request(body: Uint8Array): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.socket.write(frame(body));
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private deliver(): void {
    while (this.buffered.length >= 4) {
      const length = this.buffered.readUInt32BE(0);
      if (this.buffered.length < 4 + length) return;
      const body = Buffer.from(this.buffered.subarray(4, 4 + length));
      this.buffered = this.buffered.subarray(4 + length);
      this.waiting.shift()?.resolve(body);
    }
  }
}
