// The gateway's internal greenlight.Hsm service, reached over a unix socket: every hsmd request the
// proxy does not answer itself becomes one Hsm/Request call, as in Greenlight's gl-signerproxy.
import { credentials, status, type ServiceError } from '@grpc/grpc-js';
import { greenlightPackage } from '@greenhouse/common/proto';
import { WIRE_LEN_LIMIT, type HsmdClientContext } from '@greenhouse/common/hsmd';
import type { HsmClient } from '@greenhouse/common/generated/greenlight/Hsm.ts';
import type { HsmRequest } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import type { HsmResponse__Output } from '@greenhouse/common/generated/greenlight/HsmResponse.ts';
import { reportError } from './report.ts';

export const HSM_SOCKET_ENV = 'GREENHOUSE_HSM_SOCKET';

/** The service answered, and the answer is no: retrying the same request cannot help. */
export class HsmRequestRefused extends Error {
  override readonly name = 'HsmRequestRefused';
}

/** Statuses that mean "could not answer now" (gateway down, restarting, overloaded): worth retrying. */
const RETRYABLE = new Set<number>([
  status.UNAVAILABLE,
  status.CANCELLED,
  status.DEADLINE_EXCEEDED,
  status.RESOURCE_EXHAUSTED,
  status.ABORTED,
]);

const FIRST_RETRY_DELAY_MS = 100;
const MAX_RETRY_DELAY_MS = 5_000;

export interface ForwardedRequest {
  requestId: number;
  /** Absent for lightningd's own (master) connection, as in Greenlight. */
  context: HsmdClientContext | undefined;
  /** The hsmd message, type included, without the length prefix. */
  raw: Uint8Array;
}

export class HsmService {
  private readonly client: HsmClient;
  /** True while the service is failing, so an outage is reported once, not once per retry. */
  private unreachable = false;

  constructor(private readonly socketPath: string) {
    const Hsm = greenlightPackage().greenlight.Hsm;
    this.client = new Hsm(`unix:${socketPath}`, credentials.createInsecure(), {
      // hsmd messages may be as large as CLN's wire limit (big PSBTs); gRPC's default stops at 4 MiB.
      'grpc.max_receive_message_length': WIRE_LEN_LIMIT + 1024,
      'grpc.max_send_message_length': WIRE_LEN_LIMIT + 1024,
    });
  }

  /** One Ping; resolves false (after one error line) when the service does not answer. */
  ping(): Promise<boolean> {
    return new Promise((resolve) => {
      this.client.Ping({}, (error) => {
        if (error) this.reportOutage(error);
        resolve(!error);
      });
    });
  }

  /**
   * The reply to one request. While the service cannot be reached it retries the same request (same
   * request_id, so the gateway can recognise a repeat) with backoff, for as long as it takes: see the
   * README on why waiting is the least harmful choice. Rejects with HsmRequestRefused when the
   * service answers with an error, and with the abort reason once `signal` aborts.
   */
  async request(request: ForwardedRequest, signal: AbortSignal): Promise<Uint8Array> {
    for (let delay = FIRST_RETRY_DELAY_MS; ; delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS)) {
      signal.throwIfAborted();
      try {
        const response = await this.call(request, signal);
        this.unreachable = false;
        return replyOf(response);
      } catch (error) {
        if (!isServiceError(error) || !RETRYABLE.has(error.code) || signal.aborted) throw refusalOf(error, signal);
        this.reportOutage(error);
        await sleep(delay, signal);
      }
    }
  }

  close(): void {
    this.client.close();
  }

  private call(request: ForwardedRequest, signal: AbortSignal): Promise<HsmResponse__Output> {
    const message: HsmRequest = {
      request_id: request.requestId,
      raw: Buffer.from(request.raw),
      signer_state: [],
      requests: [],
      ...(request.context && {
        context: {
          node_id: Buffer.from(request.context.node_id),
          dbid: request.context.dbid.toString(),
          capabilities: request.context.capabilities.toString(),
        },
      }),
    };
    return new Promise((resolve, reject) => {
      const call = this.client.Request(message, (error, response) => (error ? reject(error) : resolve(response!)));
      const cancel = () => call.cancel();
      signal.addEventListener('abort', cancel, { once: true });
      call.on('status', () => signal.removeEventListener('abort', cancel));
    });
  }

  private reportOutage(error: ServiceError): void {
    if (this.unreachable) return;
    this.unreachable = true;
    reportError(`hsm service at ${this.socketPath} did not answer (${status[error.code]}: ${error.details}); waiting for it`);
  }
}

function replyOf(response: HsmResponse__Output): Uint8Array {
  if (response.error) throw new HsmRequestRefused(`refused by the signer: ${response.error}`);
  if (response.raw.length === 0) throw new HsmRequestRefused('the hsm service answered with an empty reply');
  return response.raw;
}

function refusalOf(error: unknown, signal: AbortSignal): unknown {
  if (signal.aborted) return signal.reason;
  if (isServiceError(error)) return new HsmRequestRefused(`hsm service error ${status[error.code]}: ${error.details}`);
  return error;
}

function isServiceError(error: unknown): error is ServiceError {
  return error instanceof Error && typeof (error as Partial<ServiceError>).code === 'number';
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}
