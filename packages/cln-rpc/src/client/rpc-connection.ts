// One open lightning-rpc socket: writes requests, matches responses to them by id (lightningd runs commands
// of one connection concurrently and answers in completion order), and fails every outstanding call when the
// socket goes away. ClnRpcClient owns reconnecting; this class never reopens.
import net from 'node:net';
import { ClnRpcConnectionError, ClnRpcError, ClnRpcProtocolError } from './errors.ts';
import { parseJsonLossless } from './lossless-json.ts';
import { ResponseFramer } from './response-framer.ts';

interface OutstandingCall {
  method: string;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

export class RpcConnection {
  private readonly outstanding = new Map<string, OutstandingCall>();
  private readonly framer: ResponseFramer;
  private failure?: Error;
  readonly closed: Promise<void>;

  private constructor(
    private readonly socket: net.Socket,
    maxResponseBytes: number,
  ) {
    this.framer = new ResponseFramer(maxResponseBytes);
    // Idle connections must not keep the process alive; outstanding calls re-ref the socket.
    socket.unref();
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', (error) => this.fail(new ClnRpcConnectionError(`lightning-rpc socket error: ${error.message}`, { cause: error })));
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.once('close', () => this.fail(new ClnRpcConnectionError('lightning-rpc socket closed before the answer arrived')));
  }

  /** Connects to a unix socket; rejects with ClnRpcConnectionError (ENOENT, ECONNREFUSED, …). */
  static open(socketPath: string, maxResponseBytes: number): Promise<RpcConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.createConnection({ path: socketPath });
      const onError = (error: NodeJS.ErrnoException) => {
        socket.destroy();
        reject(new ClnRpcConnectionError(`cannot connect to lightning-rpc (${error.code ?? error.message})`, { cause: error }));
      };
      socket.once('error', onError);
      socket.once('connect', () => {
        socket.off('error', onError);
        resolve(new RpcConnection(socket, maxResponseBytes));
      });
    });
  }

  /** False once the socket failed or closed: the client then opens a new connection. */
  get usable(): boolean {
    return this.failure === undefined && !this.socket.destroyed;
  }

  /** Sends one request (already serialized) and settles with its result or error. */
  send(id: string, method: string, body: string, call: Omit<OutstandingCall, 'method'>): void {
    if (!this.usable) {
      call.reject(this.failure ?? new ClnRpcConnectionError('lightning-rpc socket closed'));
      return;
    }
    this.outstanding.set(id, { method, ...call });
    this.socket.ref();
    this.socket.write(body);
  }

  /** Forgets a call (it timed out); a late answer for it is then ignored. */
  forget(id: string): void {
    this.outstanding.delete(id);
    if (this.outstanding.size === 0) this.socket.unref();
  }

  /** Closes the socket, failing outstanding calls with `reason`. */
  async close(reason: Error): Promise<void> {
    this.fail(reason);
    await this.closed;
  }

  private receive(chunk: Buffer): void {
    let frames: string[];
    try {
      frames = this.framer.push(chunk);
    } catch (error) {
      this.fail(new ClnRpcProtocolError((error as Error).message));
      return;
    }
    for (const frame of frames) {
      if (!this.usable) return;
      this.dispatch(frame);
    }
  }

  private dispatch(frame: string): void {
    let message: unknown;
    try {
      message = parseJsonLossless(frame);
    } catch {
      this.fail(new ClnRpcProtocolError('lightning-rpc sent a frame that is not JSON'));
      return;
    }
    if (message === null || typeof message !== 'object' || Array.isArray(message)) {
      this.fail(new ClnRpcProtocolError('lightning-rpc sent a JSON value that is not a JSON-RPC object'));
      return;
    }
    const { id, result, error } = message as { id?: unknown; result?: unknown; error?: unknown };
    if (id === undefined || id === null) return; // a notification: this client does not enable them
    const call = this.outstanding.get(String(id));
    if (!call) return; // the answer to a call that already timed out
    this.forget(String(id));
    if (error !== undefined) call.reject(toClnRpcError(call.method, error));
    else if ('result' in (message as object)) call.resolve(result);
    else call.reject(new ClnRpcProtocolError(`${call.method}: response has neither result nor error`));
  }

  private fail(reason: Error): void {
    if (this.failure) return;
    this.failure = reason;
    this.framer.reset();
    const calls = [...this.outstanding.values()];
    this.outstanding.clear();
    this.socket.destroy();
    for (const call of calls) call.reject(reason);
  }
}

function toClnRpcError(method: string, error: unknown): ClnRpcError {
  if (error === null || typeof error !== 'object') return new ClnRpcError(method, -1, String(error));
  const { code, message, data } = error as { code?: unknown; message?: unknown; data?: unknown };
  return new ClnRpcError(method, typeof code === 'number' ? code : Number(code ?? -1), typeof message === 'string' ? message : 'error without a message', data);
}
