// Checks every public call makes before it reaches a node: the request-size cap, the per-node
// limit on calls in flight, and the device's request signature.
//
// Greenlight lets only the signer look at request signatures, and only for calls it signs; here the
// gateway refuses a bad one for every call, so a stolen rune or a replayed header set cannot even
// reach lightningd. A call without any of the signature headers passes (as upstream, where such
// calls are forwarded without a signing context; runes for every call come with pairing).
import { status, type Metadata } from '@grpc/grpc-js';
import type { ServerSurfaceCall } from '@grpc/grpc-js/build/src/server-call.js';
import {
  AUTH_HEADERS,
  callerPublicKey,
  GreenhouseError,
  grpcFrame,
  invalidArgument,
  readAuthMetadata,
  verifyRequestSignature,
  type RequestAuth,
} from '@greenhouse/common';

/** gl-plugin's signing-context buffer: a larger body is answered "payload too large". */
export const MAX_REQUEST_BYTES = 4_000_000;

/**
 * Every check a public call passes before it reaches `host` (the public server builds it): returns
 * the call's verified signing context and its raw body.
 */
export type CallGuard = (
  method: string,
  call: Pick<ServerSurfaceCall, 'getAuthContext'> & { metadata: Metadata; request?: unknown },
  host: { nodeId: Buffer },
  options?: { signerLink?: boolean },
) => Promise<{ auth: RequestAuth | undefined; body: Buffer | undefined }>;

/** Default for NodeHostConfig.maxCallsInFlight. */
export const DEFAULT_MAX_CALLS_IN_FLIGHT = 128;

export function assertRequestSize(method: string, body: Buffer | undefined): void {
  if (body && body.length > MAX_REQUEST_BYTES) {
    throw invalidArgument(`${method}: payload too large: ${body.length} bytes; a request may carry at most ${MAX_REQUEST_BYTES.toLocaleString('en-US')} bytes`);
  }
}

/**
 * The call's signing context after checking it, or undefined for a call that carries none.
 * UNAUTHENTICATED when the headers are incomplete or malformed, when `glauthpubkey` is not the key
 * of the TLS client certificate, or when `glauthsig` does not verify over the body and `glts`.
 */
export function authenticateCall(
  method: string,
  call: Pick<ServerSurfaceCall, 'getAuthContext'> & { metadata: Metadata },
  body: Buffer | undefined,
): RequestAuth | undefined {
  const present = Object.values(AUTH_HEADERS).filter((name) => call.metadata.get(name).length > 0);
  if (present.length === 0) return undefined;
  const auth = readAuthMetadata(call.metadata);
  if (!auth) {
    const missing = [AUTH_HEADERS.pubkey, AUTH_HEADERS.signature, AUTH_HEADERS.rune];
    throw unauthenticated(
      `${method}: request signature headers are incomplete or malformed (need ${missing.join(', ')} as unpadded base64 and ${AUTH_HEADERS.rune} text; got ${present.join(', ')})`,
    );
  }
  const certificateKey = callerPublicKey(call);
  if (!certificateKey || !certificateKey.equals(auth.pubkey)) {
    throw unauthenticated(`${method}: ${AUTH_HEADERS.pubkey} is not the public key of the TLS client certificate; sign requests with the key of the certificate you connect with`);
  }
  if (!body || !verifyRequestSignature(auth, grpcFrame(body))) {
    throw unauthenticated(`${method}: ${AUTH_HEADERS.signature} does not verify over the request body and ${AUTH_HEADERS.timestamp}`);
  }
  return auth;
}

/** Counts a node's calls in flight; RESOURCE_EXHAUSTED above the limit instead of queueing without bound. */
export class CallLimiter {
  private inFlight = 0;

  constructor(
    private readonly limit: number,
    private readonly describe: string,
  ) {}

  get active(): number {
    return this.inFlight;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.inFlight >= this.limit) {
      throw new GreenhouseError(status.RESOURCE_EXHAUSTED, `${this.describe} already has ${this.limit} calls in flight; retry when some have finished`);
    }
    this.inFlight += 1;
    try {
      return await work();
    } finally {
      this.inFlight -= 1;
    }
  }
}

function unauthenticated(message: string): GreenhouseError {
  return new GreenhouseError(status.UNAUTHENTICATED, message);
}

/**
 * Runs `work` but answers shortly before the caller's deadline, with `explain()` as the reason, so
 * the caller learns why (e.g. "no signer attached") instead of a bare "Deadline exceeded". The work
 * goes on in the background (lightningd finishes the command once a signer answers); its late
 * outcome is dropped.
 */
export async function withinDeadline<T>(deadline: Date | number, explain: () => GreenhouseError, work: () => Promise<T>): Promise<T> {
  const deadlineMs = deadline instanceof Date ? deadline.getTime() : deadline;
  if (!Number.isFinite(deadlineMs)) return work();
  const remaining = deadlineMs - Date.now();
  // Answer early enough that the reply beats the caller's own timer.
  const answerIn = Math.max(0, remaining - Math.min(500, Math.max(50, remaining * 0.1)));
  const running = work();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(explain()), answerIn);
  });
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
    running.catch(() => undefined); // its outcome after the deadline has nobody to go to
  }
}
