// Test double for lightningd's `lightning-rpc` socket: a unix socket server on a temp path that speaks enough
// JSON-RPC (responses terminated by "\n\n", like lightningd) to exercise ClnRpcClient. Tests script each method's
// behaviour and can split or merge response bytes, delay answers, or drop connections.
import net from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface FakeRequest {
  id: unknown;
  method: string;
  params: unknown;
  filter?: unknown;
  /** Which accepted connection carried it (1, 2, …). */
  connection: number;
}

/** What a scripted method answers: a result, a JSON-RPC error, or nothing (the call hangs). */
export type FakeAnswer =
  | { result: unknown; delayMs?: number }
  | { error: { code: number; message: string; data?: unknown }; delayMs?: number }
  | { raw: string; delayMs?: number }
  | 'no-answer'
  | 'close-connection';

export type FakeMethod = (request: FakeRequest) => FakeAnswer;

export class FakeLightningRpc {
  readonly requests: FakeRequest[] = [];
  private readonly methods = new Map<string, FakeMethod>();
  private readonly sockets = new Set<net.Socket>();
  private connections = 0;
  private readonly writing = new WeakMap<net.Socket, Promise<void>>();
  /** Split every response into writes of this many bytes (with a pause between) to test partial reads. */
  chunkBytes?: number;

  private constructor(
    readonly socketPath: string,
    private readonly dir: string,
    private readonly server: net.Server,
  ) {
    server.on('connection', (socket) => this.accept(socket));
  }

  static async start(): Promise<FakeLightningRpc> {
    const dir = await mkdtemp(path.join(tmpdir(), 'fake-lightning-rpc-'));
    const socketPath = path.join(dir, 'lightning-rpc');
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(socketPath, () => resolve());
    });
    return new FakeLightningRpc(socketPath, dir, server);
  }

  /** Creates the socket path in a fresh temp dir but does not listen yet (for waitForRpc). */
  static async unstarted(): Promise<{ socketPath: string; listen(): Promise<FakeLightningRpc>; discard(): Promise<void> }> {
    const dir = await mkdtemp(path.join(tmpdir(), 'fake-lightning-rpc-'));
    const socketPath = path.join(dir, 'lightning-rpc');
    return {
      socketPath,
      /** Removes the temp dir of a fake that never listened. */
      discard: () => rm(dir, { recursive: true, force: true }),
      listen: async () => {
        const server = net.createServer();
        await new Promise<void>((resolve) => server.listen(socketPath, () => resolve()));
        return new FakeLightningRpc(socketPath, dir, server);
      },
    };
  }

  get connectionCount(): number {
    return this.connections;
  }

  on(method: string, behaviour: FakeMethod): this {
    this.methods.set(method, behaviour);
    return this;
  }

  /** Drops every open connection, as a restarting lightningd would. */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  async stop(): Promise<void> {
    this.dropConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await rm(this.dir, { recursive: true, force: true });
  }

  private accept(socket: net.Socket): void {
    const connection = ++this.connections;
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    // lightningd parses requests incrementally with no separator; a test client writes whole objects, so an
    // object-depth scanner that ignores braces inside strings is enough here.
    let buffered = '';
    socket.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let end: number;
      while ((end = completeObjectEnd(buffered)) > 0) {
        const text = buffered.slice(0, end);
        buffered = buffered.slice(end);
        void this.answer(socket, { ...(JSON.parse(text) as Omit<FakeRequest, 'connection'>), connection });
      }
    });
  }

  private async answer(socket: net.Socket, request: FakeRequest): Promise<void> {
    this.requests.push(request);
    const behaviour = this.methods.get(request.method);
    const answer: FakeAnswer = behaviour
      ? behaviour(request)
      : { error: { code: -32601, message: `Unknown command '${request.method}'` } };
    if (answer === 'no-answer') return;
    if (answer === 'close-connection') {
      socket.destroy();
      return;
    }
    if (answer.delayMs) await sleep(answer.delayMs);
    const body = 'raw' in answer ? answer.raw : JSON.stringify({ jsonrpc: '2.0', id: request.id, ...answer, delayMs: undefined });
    // One response at a time per socket, as lightningd does: chunked writes must not interleave.
    const previous = this.writing.get(socket) ?? Promise.resolve();
    const done = previous.then(() => this.write(socket, `${body}\n\n`));
    this.writing.set(socket, done);
    await done;
  }

  private async write(socket: net.Socket, text: string): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    if (!this.chunkBytes) {
      socket.write(bytes);
      return;
    }
    for (let offset = 0; offset < bytes.length; offset += this.chunkBytes) {
      if (socket.destroyed) return;
      socket.write(bytes.subarray(offset, offset + this.chunkBytes));
      await sleep(1); // separate reads on the client side
    }
  }
}

/** Index just past the first complete top-level JSON object in `text`, or 0. */
function completeObjectEnd(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i + 1;
  }
  return 0;
}
