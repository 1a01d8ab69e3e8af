import type { ServiceDefinition } from '@grpc/grpc-js';
import { invalidArgument } from './errors.ts';

const MALFORMED = Symbol('malformed request');

interface MalformedRequest {
  [MALFORMED]: string;
}

/**
 * grpc-js answers a request body that does not decode with a bare INTERNAL and logs nothing.
 * Decoding here never throws: a bad body becomes a marker that the handler turns into
 * INVALID_ARGUMENT naming the method and the decoder's complaint.
 */
export function tolerateMalformedRequests(definition: ServiceDefinition): ServiceDefinition {
  return Object.fromEntries(
    Object.entries(definition).map(([name, method]) => [
      name,
      {
        ...method,
        requestDeserialize: (bytes: Buffer): unknown => {
          try {
            return method.requestDeserialize(bytes);
          } catch (error) {
            return { [MALFORMED]: `${method.path} request is not a valid protobuf message: ${(error as Error).message}` };
          }
        },
      },
    ]),
  ) as ServiceDefinition;
}

/** Throws INVALID_ARGUMENT if the request body did not decode. */
export function assertWellFormed(request: unknown): void {
  if (typeof request === 'object' && request !== null && MALFORMED in request) {
    throw invalidArgument((request as MalformedRequest)[MALFORMED]);
  }
}
