// The node's internal greenlight.Hsm service (research §4.1, G17): what the hsmd proxy of one node
// calls, on a unix socket that never leaves the host, so plain gRPC without TLS. Each Request goes
// to the node's HsmStage; a call the proxy gives up on (its connection closed) stops waiting there.
import { lstat, chmod, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { Server, ServerCredentials, status, type sendUnaryData, type ServerUnaryCall, type ServiceError } from '@grpc/grpc-js';
import { GreenhouseError, grpcPackages, tolerateMalformedRequests, assertWellFormed, type Logger } from '@greenhouse/common';
import { WIRE_LEN_LIMIT } from '@greenhouse/common/hsmd';
import type { HsmRequest__Output } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import type { HsmResponse } from '@greenhouse/common/generated/greenlight/HsmResponse.ts';
import type { HsmStage } from './hsm-stage.ts';

export interface HsmServiceOptions {
  /** The unix socket the node's proxy dials (GREENHOUSE_HSM_SOCKET); a stale socket file there is removed. */
  socketPath: string;
  stage: HsmStage;
  logger: Logger;
}

export interface RunningHsmService {
  readonly socketPath: string;
  /** Stops the server (running calls are cut after a short grace) and removes the socket file. */
  close(): Promise<void>;
}

const CLOSE_GRACE_MS = 1000;

export async function startHsmService({ socketPath, stage, logger }: HsmServiceOptions): Promise<RunningHsmService> {
  await removeStaleSocket(socketPath);
  const server = new Server({
    // hsmd messages may be as large as CLN's wire limit (big PSBTs), as the proxy allows.
    'grpc.max_receive_message_length': WIRE_LEN_LIMIT + 1024,
    'grpc.max_send_message_length': WIRE_LEN_LIMIT + 1024,
  });
  server.addService(tolerateMalformedRequests(grpcPackages().greenlight.Hsm.service), {
    Ping: (call: ServerUnaryCall<unknown, object>, callback: sendUnaryData<object>) => {
      try {
        assertWellFormed(call.request);
        callback(null, {});
      } catch (error) {
        callback(serviceError(logger, 'Ping', error));
      }
    },
    Request: (call: ServerUnaryCall<HsmRequest__Output, HsmResponse>, callback: sendUnaryData<HsmResponse>) => {
      const abort = new AbortController();
      call.once('cancelled', () => abort.abort(new GreenhouseError(status.CANCELLED, 'the hsmd proxy cancelled the call')));
      Promise.resolve()
        .then(() => {
          assertWellFormed(call.request);
          return stage.handle(call.request, abort.signal);
        })
        .then(
          (response) => callback(null, response),
          (error: unknown) => {
            // Nobody is listening to a cancelled call; answering it is harmless and keeps grpc-js tidy.
            callback(serviceError(logger, 'Request', error));
          },
        );
    },
  });
  await new Promise<void>((resolve, reject) =>
    server.bindAsync(`unix:${socketPath}`, ServerCredentials.createInsecure(), (error) => (error ? reject(error) : resolve())),
  );
  // Only the gateway's own user may talk to a node's signer path. (The directory holding the socket
  // should be private too: between bind and chmod the socket has the umask's mode.)
  await chmod(socketPath, 0o600);
  logger.info({ socket: socketPath, node_id: stage.nodeId.toString('hex') }, 'hsm service listening');

  let closing: Promise<void> | undefined;
  return {
    socketPath,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            server.forceShutdown();
            resolve();
          }, CLOSE_GRACE_MS);
          server.tryShutdown(() => {
            clearTimeout(timer);
            resolve();
          });
        });
        await rm(socketPath, { force: true });
      })()),
  };
}

function serviceError(logger: Logger, method: string, error: unknown): Partial<ServiceError> {
  if (error instanceof GreenhouseError) return { code: error.code, details: error.message };
  logger.error({ method, err: error }, 'hsm service call failed unexpectedly');
  return { code: status.INTERNAL, details: `internal error in Hsm/${method}; the gateway log has the cause` };
}

/**
 * Removes a socket file left by an earlier run. Refuses to touch anything that is not a socket, or a
 * socket some live server still answers on (another gateway serving the same node).
 */
async function removeStaleSocket(socketPath: string): Promise<void> {
  let isSocket: boolean;
  try {
    isSocket = (await lstat(socketPath)).isSocket();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (!isSocket) throw new Error(`${socketPath} exists and is not a socket; not removing it`);
  if (await answers(socketPath)) throw new Error(`${socketPath} is in use by a running server`);
  await rm(socketPath, { force: true });
}

function answers(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(socketPath);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
