// JSON-RPC 2.0 client for lightningd's `lightning-rpc` unix socket (cln-hsmd.md §8.1). One persistent
// connection carries all calls (lightningd runs them concurrently and answers by id); it is opened on first use
// and reopened by the next call after it closes. Params and results are never logged or put in errors.
import { ClnRpcConnectionError, ClnRpcTimeoutError } from './errors.ts';
import { stringifyJsonLossless } from './lossless-json.ts';
import { RpcConnection } from './rpc-connection.ts';
import { lightningRpcPath } from './socket-path.ts';

export interface ClnRpcClientOptions {
  /** Path of the `lightning-rpc` socket (see lightningRpcPath). */
  socketPath: string;
  /** Default per-call timeout in ms; 0 waits forever. Default 120 000 (pay/xpay retry for 60 s by default). */
  timeoutMs?: number;
  /** First part of request ids, `<prefix>:<method>#<n>` as CLN recommends, so lightningd's logs show who asked. */
  idPrefix?: string;
  /** A response bigger than this drops the connection. Default 256 MiB (listnodes on mainnet is tens of MB). */
  maxResponseBytes?: number;
}

export interface ClnRpcCallOptions {
  /** Overrides the client's timeout for this call; 0 waits forever (waitanyinvoice, waitblockheight). */
  timeoutMs?: number;
  /** CLN's optional JSON-RPC `filter`: only these result members are returned. */
  filter?: Record<string, unknown>;
}

/** Params as lightningd takes them: by name, or by position (null = not given). */
export type ClnRpcParams = Record<string, unknown> | unknown[];

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024;

export class ClnRpcClient {
  private readonly socketPath: string;
  private readonly timeoutMs: number;
  private readonly idPrefix: string;
  private readonly maxResponseBytes: number;
  private nextId = 1;
  private connection?: RpcConnection;
  private opening?: Promise<RpcConnection>;
  private isClosed = false;

  constructor(options: ClnRpcClientOptions) {
    this.socketPath = options.socketPath;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.idPrefix = options.idPrefix ?? 'greenhouse';
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  }

  /** A client for `<lightning-dir>/<network>/lightning-rpc`. */
  static forNode(lightningDir: string, network: string, options: Omit<ClnRpcClientOptions, 'socketPath'> = {}): ClnRpcClient {
    return new ClnRpcClient({ ...options, socketPath: lightningRpcPath(lightningDir, network) });
  }

  /**
   * Calls one JSON-RPC method and resolves with its `result`. Rejects with ClnRpcError (lightningd's error
   * object), ClnRpcTimeoutError, ClnRpcConnectionError or ClnRpcProtocolError.
   */
  call<T = unknown>(method: string, params: ClnRpcParams = {}, options: ClnRpcCallOptions = {}): Promise<T> {
    if (this.isClosed) return Promise.reject(new ClnRpcConnectionError('ClnRpcClient is closed'));
    const id = `${this.idPrefix}:${method}#${this.nextId++}`;
    // params is required by lightningd even when empty (`{"code":-32600,"message":"No params"}` otherwise).
    const request: Record<string, unknown> = { jsonrpc: '2.0', id, method, params };
    if (options.filter) request.filter = options.filter;
    const body = stringifyJsonLossless(request);
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;

    return new Promise<T>((resolve, reject) => {
      let settled = false;
      let connection: RpcConnection | undefined;
      const timer = timeoutMs > 0
        ? setTimeout(() => {
            if (settled) return;
            settled = true;
            connection?.forget(id);
            reject(new ClnRpcTimeoutError(method, timeoutMs));
          }, timeoutMs)
        : undefined;
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        finish();
      };
      this.usableConnection().then(
        (open) => {
          if (settled) return; // timed out while connecting
          connection = open;
          open.send(id, method, body, {
            resolve: (result) => settle(() => resolve(result as T)),
            reject: (error) => settle(() => reject(error)),
          });
        },
        (error: Error) => settle(() => reject(error)),
      );
    });
  }

  /** Fails outstanding calls with ClnRpcConnectionError, closes the socket; later calls reject. */
  async close(): Promise<void> {
    this.isClosed = true;
    const opening = this.opening;
    const connection = this.connection ?? (opening ? await opening.catch(() => undefined) : undefined);
    this.connection = undefined;
    await connection?.close(new ClnRpcConnectionError('ClnRpcClient closed before the answer arrived'));
  }

  /** The open connection, or a new one when there is none or the last one closed. Concurrent callers share one open. */
  private usableConnection(): Promise<RpcConnection> {
    if (this.connection?.usable) return Promise.resolve(this.connection);
    this.opening ??= RpcConnection.open(this.socketPath, this.maxResponseBytes)
      .then(async (connection) => {
        if (this.isClosed) {
          await connection.close(new ClnRpcConnectionError('ClnRpcClient is closed'));
          throw new ClnRpcConnectionError('ClnRpcClient is closed');
        }
        this.connection = connection;
        return connection;
      })
      .finally(() => {
        this.opening = undefined;
      });
    return this.opening;
  }
}
