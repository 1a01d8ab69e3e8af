// CLN's own lightning_hsmd run as lightningd runs it: fd 3 is its master socket, and per-channel
// clients come from `hsmd_client_hsmfd` (9), whose 109 reply is followed by a socket passed with
// SCM_RIGHTS. Reads and writes are blocking and exact-length (the hsmd answers at once); a read past
// a 109 frame would swallow the byte that carries the fd.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, readSync, writeSync } from 'node:fs';
import type { Socket } from 'node:net';
import { encodeHsmd, frame } from '@greenhouse/common/hsmd';
import type { FdPassing } from '../../services/node-gateway/src/hsmd-proxy/fd-passing.ts';

/** The node gateway's fd-passing addon, loaded on first use (a bare machine may not have it built). */
let fdPassing: FdPassing;

/** One hsmd connection: the master (fd 3) or a client socket. */
export class HsmdConnection {
  constructor(readonly fd: number) {}

  request(body: Uint8Array): Buffer {
    const data = frame(body);
    for (let written = 0; written < data.length; ) written += writeSync(this.fd, data, written);
    const length = this.readExactly(4).readUInt32BE(0);
    return this.readExactly(length);
  }

  close(): void {
    closeSync(this.fd);
  }

  private readExactly(length: number): Buffer {
    const buffer = Buffer.alloc(length);
    for (let filled = 0; filled < length; ) {
      const got = readSync(this.fd, buffer, filled, length - filled, null);
      if (got === 0) throw new Error(`lightning_hsmd closed its socket with ${length - filled} of ${length} bytes unread (it exits on a request it refuses)`);
      filled += got;
    }
    return buffer;
  }
}

export interface StockClient {
  peerId: Uint8Array;
  dbid: bigint;
  permissions: bigint;
}

export class StockHsmd {
  private readonly clients: HsmdConnection[] = [];
  private readonly status: Buffer[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly master: HsmdConnection,
  ) {}

  /** Starts `binary` in `dir` (which holds its hsm_secret). */
  static async start(binary: string, dir: string): Promise<StockHsmd> {
    fdPassing ??= (await import('../../services/node-gateway/src/hsmd-proxy/fd-passing.ts')).fdPassing;
    const [ours, theirs] = fdPassing.socketPair();
    // fd 0 is hsmd's status channel to lightningd: drained, not read.
    const child = spawn(binary, [], { cwd: dir, stdio: ['pipe', 'inherit', 'inherit', theirs] });
    closeSync(theirs);
    child.stdin!.on('error', () => undefined);
    const hsmd = new StockHsmd(child, new HsmdConnection(ours));
    (child.stdio[0] as Socket).on('data', (chunk: Buffer) => hsmd.status.push(chunk));
    return hsmd;
  }

  /** The printable text of what hsmd sent on its status channel (its log lines, and why it failed). */
  statusText(): string {
    return Buffer.concat(this.status).toString('latin1').replace(/[^\x20-\x7e]+/g, '\n');
  }

  /** A client connection as lightningd makes one for a subdaemon: `hsmd_client_hsmfd`, then the passed socket. */
  client({ peerId, dbid, permissions }: StockClient): HsmdConnection {
    const reply = this.master.request(encodeHsmd({ kind: 'hsmd_client_hsmfd', id: peerId, dbid, permissions }));
    if (reply.readUInt16BE(0) !== 109) throw new Error(`hsmd_client_hsmfd answered type ${reply.readUInt16BE(0)}`);
    const connection = new HsmdConnection(fdPassing.recvFd(this.master.fd));
    this.clients.push(connection);
    return connection;
  }

  private current?: { name: string; connection: HsmdConnection };

  /**
   * A request on a subdaemon's connection, named `name` (e.g. 'channeld'). hsmd keeps one client per
   * channel (a new hsmd_client_hsmfd closes the last), as lightningd runs one subdaemon per channel at
   * a time, so a new client is made whenever the name changes.
   */
  requestAs(name: string, client: StockClient, body: Uint8Array): Buffer {
    if (this.current?.name !== name) this.current = { name, connection: this.client(client) };
    return this.current.connection.request(body);
  }

  stop(): void {
    for (const client of this.clients) client.close();
    this.master.close();
    this.child.kill();
  }
}
