import { Metadata, status, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import { grpcPackages, pairingRefusalReport, type Logger } from '@greenhouse/common';
import { CLIENT_CHANNEL_OPTIONS, grpcTarget, mtlsCredentials, unaryCall, SchedulerClient, type Credentials } from '@greenhouse/client';
import type { NodeClient } from '@greenhouse/common/generated/greenlight/Node.ts';
import type { HsmRequest__Output } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import type { SignerRequest__Output } from '@greenhouse/common/generated/scheduler/SignerRequest.ts';
import type { SignerResponse } from '@greenhouse/common/generated/scheduler/SignerResponse.ts';
import { Signer, SIGNER_VERSION, type SignerRejection } from './signer.ts';

export interface RunLoopOptions {
  signer: Signer;
  creds: Credentials;
  schedulerUri: string;
  logger: Logger;
  signal: AbortSignal;
  /** Where the node runs now; the scheduler's GetNodeInfo(wait) by default. */
  locateNode?: (scheduler: SchedulerClient) => Promise<string | undefined>;
}

const WAIT_FOR_NODE_MS = 60_000;
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/**
 * The signer's life: tell the scheduler its version and startup messages, then forever find the
 * node, attach to its hsmd request stream and answer every request, re-attaching wherever the node
 * moves and backing off while it cannot. Ends only when `signal` aborts, or on an error no retry
 * can fix (the scheduler refusing these credentials).
 */
export async function runSigner(options: RunLoopOptions): Promise<void> {
  const { signer, creds, logger, signal } = options;
  const tls = { caPem: creds.caPem, certPem: creds.certPem, keyPem: creds.keyPem };
  const scheduler = new SchedulerClient(options.schedulerUri, tls);
  const stopReporting = signer.onRejection(reporter(scheduler, signer, logger));
  const backoff = new Backoff();
  const signerRequests = serveSignerRequests(scheduler, signer, logger, signal);
  try {
    await upgrade(scheduler, signer, logger, signal);
    while (!signal.aborted) {
      let uri: string | undefined;
      try {
        uri = await (options.locateNode ?? locateViaScheduler(signer))(scheduler);
      } catch (error) {
        if (isFatal(error)) throw schedulerRefused(error);
        logger.info({ reason: describe(error) }, 'node not reachable yet; retrying');
        await backoff.wait(signal);
        continue;
      }
      if (!uri) {
        await backoff.wait(signal);
        continue;
      }
      backoff.reset();
      await attach(uri, options);
    }
  } finally {
    await signerRequests;
    stopReporting();
    scheduler.close();
  }
}

/**
 * Requests that are not hsmd messages reach the signer through the scheduler: pairing approvals.
 * Each is checked (Signer.approvePairing) and answered with the new device's rune, or refused:
 * first the reason goes to Debug.ReportSignerRejection, where the scheduler picks it up for the
 * waiting new device, then the answer `empty` (SignerResponse has no field for a reason), so the
 * new device hears "no, because …" at once instead of waiting for its session to expire.
 */
async function serveSignerRequests(scheduler: SchedulerClient, signer: Signer, logger: Logger, signal: AbortSignal): Promise<void> {
  const backoff = new Backoff();
  while (!signal.aborted) {
    const stream = scheduler.signerRequestsStream();
    const opened = Date.now();
    const cancel = () => stream.cancel();
    signal.addEventListener('abort', cancel, { once: true });
    let answered = Promise.resolve();
    stream.on('data', (request: SignerRequest__Output) => {
      answered = answered.then(async () => {
        const response = await answerSignerRequest(request, scheduler, signer, logger);
        if (!stream.writableEnded && !stream.destroyed) stream.write(response);
      });
    });
    const ended = await new Promise<ServiceError | undefined>((resolve) => {
      stream.on('error', (error: ServiceError) => resolve(error));
      stream.on('end', () => resolve(undefined));
    });
    await answered;
    signal.removeEventListener('abort', cancel);
    if (signal.aborted) return;
    if (Date.now() - opened > MAX_RETRY_MS) backoff.reset();
    if (ended?.code === status.UNIMPLEMENTED) logger.debug('the scheduler does not relay signer requests');
    else logger.info({ reason: ended ? describe(ended) : 'stream ended' }, 'scheduler signer-request stream ended; reconnecting');
    await backoff.wait(signal);
  }
}

const REPORT_TIMEOUT_MS = 5_000;

async function answerSignerRequest(request: SignerRequest__Output, scheduler: SchedulerClient, signer: Signer, logger: Logger): Promise<SignerResponse> {
  const approval = request.approve_pairing;
  if (request.request !== 'approve_pairing' || !approval) {
    logger.warn({ request_id: request.request_id, kind: request.request }, 'refused a signer request of a kind this signer does not know');
    return { request_id: request.request_id, empty: {} };
  }
  const device = { request_id: request.request_id, device_id: `${approval.device_id.slice(0, 16)}…`, device_name: approval.device_name };
  const decision = signer.approvePairing(approval);
  if (decision.approved) {
    logger.info({ ...device, restrictions: approval.restrictions }, 'approved a pairing: minted a rune for the new device');
    return { request_id: request.request_id, approve_pairing: decision.response };
  }
  logger.warn({ ...device, reason: decision.reason }, 'refused a pairing approval');
  const report = scheduler
    .reportSignerRejection({ msg: pairingRefusalReport(approval.device_id, decision.reason), git_version: SIGNER_VERSION, node_id: signer.nodeId })
    .catch((error: unknown) => logger.debug({ reason: describe(error) }, 'could not report a refused pairing'));
  await Promise.race([report, new Promise((resolve) => setTimeout(resolve, REPORT_TIMEOUT_MS).unref())]);
  return { request_id: request.request_id, empty: {} };
}

function locateViaScheduler(signer: Signer) {
  return async (scheduler: SchedulerClient) => {
    const info = await scheduler.getNodeInfo(signer.nodeId, true, WAIT_FOR_NODE_MS);
    return info.grpc_uri || undefined;
  };
}

/** MaybeUpgrade once at start, as Greenlight's signer does; retried while the scheduler is unreachable. */
async function upgrade(scheduler: SchedulerClient, signer: Signer, logger: Logger, signal: AbortSignal): Promise<void> {
  const backoff = new Backoff();
  const { initMsg, startupMessages } = signer.startupMessages();
  while (!signal.aborted) {
    try {
      const { old_version } = await scheduler.maybeUpgrade({ signer_version: SIGNER_VERSION, initmsg: initMsg, startupmsgs: startupMessages });
      logger.info({ node_id: signer.nodeId.toString('hex'), previous_version: old_version, version: SIGNER_VERSION }, 'signer registered its version');
      return;
    } catch (error) {
      if (isFatal(error)) throw schedulerRefused(error);
      logger.warn({ reason: describe(error) }, 'scheduler not reachable; retrying');
      await backoff.wait(signal);
    }
  }
}

/** One attachment to the node: answer its requests in order until the stream ends. */
async function attach(uri: string, options: RunLoopOptions) {
  const { signer, creds, logger, signal } = options;
  const node = nodeClient(uri, creds);
  const stream: ClientReadableStream<HsmRequest__Output> = node.StreamHsmRequests({});
  const cancel = () => stream.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  logger.info({ uri }, 'attached to the node');
  // Requests are signed one at a time in arrival order (the signer's state changes with each), but
  // their answers travel concurrently: waiting for each RespondHsmRequest before signing the next
  // would cap the node at one round trip per request when lightningd's subdaemons ask at once.
  const deliveries = new Set<Promise<void>>();
  stream.on('data', (request: HsmRequest__Output) => {
    const response = signer.process(request);
    const delivery = unaryCall(node, node.RespondHsmRequest, response, new Metadata(), 30_000).then(
      () => undefined,
      (error: unknown) => {
        logger.warn({ request_id: request.request_id, reason: describe(error) }, 'could not deliver a response');
        stream.cancel();
      },
    );
    deliveries.add(delivery);
    void delivery.finally(() => deliveries.delete(delivery));
  });
  await new Promise<void>((resolve) => {
    stream.on('error', (error: ServiceError) => {
      if (error.code !== status.CANCELLED) logger.info({ uri, reason: describe(error) }, 'node stream ended');
      resolve();
    });
    stream.on('end', () => resolve());
  });
  await Promise.all(deliveries);
  signal.removeEventListener('abort', cancel);
  node.close();
}

/**
 * Greenlight's signer verifies a node's certificate against the name `localhost` unless the host
 * is a Greenlight production name (research/greenlight.md §2.5); we do the same.
 */
function nodeClient(uri: string, creds: Credentials): NodeClient {
  const target = grpcTarget(uri);
  const host = new URL(uri).hostname;
  const channelOptions = host.includes('blckstrm') ? CLIENT_CHANNEL_OPTIONS : { ...CLIENT_CHANNEL_OPTIONS, 'grpc.ssl_target_name_override': 'localhost' };
  const tls = mtlsCredentials({ caPem: creds.caPem, certPem: creds.certPem, keyPem: creds.keyPem });
  return new (grpcPackages().greenlight.Node)(target, tls, channelOptions) as unknown as NodeClient;
}

function reporter(scheduler: SchedulerClient, signer: Signer, logger: Logger) {
  return ({ reason, request, refused }: SignerRejection) => {
    logger.warn({ request_id: request.request_id, reason, refused }, refused ? 'refused a signing request' : 'signed a request no authorised call asked for (permissive)');
    scheduler
      .reportSignerRejection({ msg: reason, request, git_version: SIGNER_VERSION, node_id: signer.nodeId })
      .catch((error: unknown) => logger.debug({ reason: describe(error) }, 'could not report a rejection'));
  };
}

function isFatal(error: unknown): boolean {
  const code = (error as ServiceError).code;
  return code === status.PERMISSION_DENIED || code === status.UNAUTHENTICATED;
}

function schedulerRefused(error: unknown): Error {
  return new Error(`the scheduler refused these credentials: ${describe(error)}`);
}

function describe(error: unknown): string {
  const serviceError = error as Partial<ServiceError>;
  return serviceError.details || (error instanceof Error ? error.message : String(error));
}

/** Exponential backoff from 1 s to 30 s, cut short by abort. */
class Backoff {
  private delay = FIRST_RETRY_MS;

  reset(): void {
    this.delay = FIRST_RETRY_MS;
  }

  async wait(signal: AbortSignal): Promise<void> {
    const delay = this.delay;
    this.delay = Math.min(this.delay * 2, MAX_RETRY_MS);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, delay);
      signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
  }
}
