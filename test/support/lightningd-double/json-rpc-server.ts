// lightning-rpc for the lightningd TEST DOUBLE, framed as lightningd frames it (cln-hsmd.md §8.1):
// requests are JSON objects written back to back with no delimiter; each response is one JSON
// object followed by "\n\n". Commands of one connection run concurrently and answer by id.
import { chmodSync, unlinkSync } from 'node:fs';
import net from 'node:net';

export class RpcFailure extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export type RpcHandler = (method: string, params: Record<string, unknown> | unknown[]) => Promise<unknown>;

/** Splits a byte stream into top-level JSON texts (objects or arrays), honouring strings and escapes. */
export class JsonStreamSplitter {
  private buffer = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private scanned = 0;
  private start = -1;

  push(chunk: string): string[] {
    this.buffer += chunk;
    const texts: string[] = [];
    for (let i = this.scanned; i < this.buffer.length; i++) {
      const c = this.buffer[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') this.inString = false;
      } else if (c === '"') {
        this.inString = true;
      } else if (c === '{' || c === '[') {
        if (this.depth++ === 0) this.start = i;
      } else if (c === '}' || c === ']') {
        if (--this.depth === 0) {
          texts.push(this.buffer.slice(this.start, i + 1));
          this.buffer = this.buffer.slice(i + 1);
          i = -1;
          this.start = -1;
        }
      } else if (this.depth === 0 && !/\s/.test(c)) {
        throw new Error('not JSON');
      }
    }
    this.scanned = this.buffer.length;
    return texts;
  }
}

/** Listens on `socketPath` (relative to the cwd, like lightningd's own bind, so long directories work). */
export async function serveJsonRpc(socketPath: string, handle: RpcHandler): Promise<net.Server> {
  try {
    unlinkSync(socketPath); // a stale socket of an earlier run
  } catch {
    // none
  }
  const server = net.createServer((socket) => {
    const splitter = new JsonStreamSplitter();
    const reply = (response: object) => {
      if (!socket.destroyed) socket.write(`${JSON.stringify(response)}\n\n`);
    };
    socket.setEncoding('utf8');
    socket.on('error', () => undefined);
    socket.on('data', (chunk: string) => {
      let texts: string[];
      try {
        texts = splitter.push(chunk);
      } catch {
        reply({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Invalid JSON' } });
        socket.end();
        return;
      }
      for (const text of texts) void answer(text, handle).then(reply);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  chmodSync(socketPath, 0o600); // lightningd's default --rpc-file-mode
  return server;
}

async function answer(text: string, handle: RpcHandler): Promise<object> {
  let request: { id?: unknown; method?: unknown; params?: unknown };
  try {
    request = JSON.parse(text) as typeof request;
  } catch {
    return { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Invalid JSON' } };
  }
  const id = request.id ?? null;
  if (typeof request.method !== 'string') return { jsonrpc: '2.0', id, error: { code: -32600, message: 'No method' } };
  if (request.params === undefined || request.params === null || typeof request.params !== 'object') {
    return { jsonrpc: '2.0', id, error: { code: -32600, message: 'No params' } };
  }
  try {
    const result = await handle(request.method, request.params as Record<string, unknown> | unknown[]);
    return { jsonrpc: '2.0', id, result };
  } catch (error) {
    const code = error instanceof RpcFailure ? error.code : -1;
    return { jsonrpc: '2.0', id, error: { code, message: (error as Error).message } };
  }
}
