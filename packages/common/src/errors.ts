import { status, type ServiceError, Metadata } from '@grpc/grpc-js';

/** An error a caller can act on: a gRPC status code and a message that says what was wrong. */
export class GreenhouseError extends Error {
  constructor(
    readonly code: status,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GreenhouseError';
  }

  toServiceError(): ServiceError {
    return Object.assign(new Error(this.message), {
      code: this.code,
      details: this.message,
      metadata: new Metadata(),
    });
  }
}

export const invalidArgument = (message: string) => new GreenhouseError(status.INVALID_ARGUMENT, message);
export const unauthenticated = (message: string) => new GreenhouseError(status.UNAUTHENTICATED, message);
export const permissionDenied = (message: string) => new GreenhouseError(status.PERMISSION_DENIED, message);
export const notFound = (message: string) => new GreenhouseError(status.NOT_FOUND, message);
export const alreadyExists = (message: string) => new GreenhouseError(status.ALREADY_EXISTS, message);
export const failedPrecondition = (message: string) => new GreenhouseError(status.FAILED_PRECONDITION, message);

export function statusName(code: status): string {
  return status[code] ?? String(code);
}
