import { randomUUID } from 'node:crypto';
import { status, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import { GreenhouseError } from './errors.ts';
import type { Logger } from './logging.ts';
import { assertWellFormed } from './malformed-request.ts';

/**
 * Wraps a unary handler so every outcome becomes a proper gRPC status: a GreenhouseError keeps its
 * code and message; anything else is logged with its cause and an incident id, and the caller gets
 * INTERNAL with that id, never a stack trace and never a crashed server.
 */
export function unaryHandler<Req, Res>(
  logger: Logger,
  method: string,
  handle: (call: ServerUnaryCall<Req, Res>) => Promise<Res>,
): (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>) => void {
  return (call, callback) => {
    const started = performance.now();
    const run = async () => {
      assertWellFormed(call.request);
      return handle(call);
    };
    run().then(
      (response) => {
        logger.debug({ method, ms: +(performance.now() - started).toFixed(2) }, 'call ok');
        callback(null, response);
      },
      (error: unknown) => callback(toServiceError(logger, method, error)),
    );
  };
}

export function toServiceError(logger: Logger, method: string, error: unknown) {
  if (error instanceof GreenhouseError) {
    logger.info({ method, code: status[error.code], reason: error.message }, 'call refused');
    return error.toServiceError();
  }
  const incident = randomUUID();
  logger.error({ method, incident, err: error }, 'call failed unexpectedly');
  return new GreenhouseError(status.INTERNAL, `internal error (incident ${incident}); the server log has the cause`).toServiceError();
}
