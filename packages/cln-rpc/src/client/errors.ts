// Errors a JSON-RPC call can end with. None of them carries the call's params or result: both can hold secrets
// (preimages, hsm data, runes), and errors end up in logs.

/** lightningd answered with a JSON-RPC error object (`common/jsonrpc_errors.h` codes, e.g. 900 for invoice errors). */
export class ClnRpcError extends Error {
  override readonly name = 'ClnRpcError';

  constructor(
    readonly method: string,
    readonly code: number,
    message: string,
    /** The error's optional `data` member, as lightningd sent it. */
    readonly data?: unknown,
  ) {
    super(message);
  }
}

/** No answer within the call's timeout. lightningd may still run the command; its late answer is discarded. */
export class ClnRpcTimeoutError extends Error {
  override readonly name = 'ClnRpcTimeoutError';

  constructor(
    readonly method: string,
    readonly timeoutMs: number,
  ) {
    super(`${method}: no answer from lightningd within ${timeoutMs} ms`);
  }
}

/**
 * The socket could not be opened, or closed before the answer arrived, or the client was closed.
 * A command already written may or may not have run, so callers must not blindly retry non-idempotent ones (pay).
 */
export class ClnRpcConnectionError extends Error {
  override readonly name = 'ClnRpcConnectionError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** lightningd sent something that is not a JSON-RPC 2.0 response; the connection is dropped. */
export class ClnRpcProtocolError extends Error {
  override readonly name = 'ClnRpcProtocolError';
}
