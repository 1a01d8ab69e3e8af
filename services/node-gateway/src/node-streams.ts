// The public server's streaming RPCs and Configure, for the caller's node:
// - cln.Node/Subscribe…: the node's notification of that topic (node-events/notifications.ts), mapped
//   onto the cln.Node message by the descriptor-driven converter (jsonResultToGrpc).
// - greenlight.Node/StreamIncoming and StreamNodeEvents: each paid invoice (invoice_payment
//   notification, completed from listinvoices); StreamCustommsg: the custommsg hook; StreamLog: the
//   node's log file, its last lines first, then followed.
// - greenlight.Node/Configure: GlConfig stored in the node directory (node-events/gl-config.ts).
//
// Every stream: counts against the node's stream limit (RESOURCE_EXHAUSTED past it), starts the node
// if it is not running, keeps it from idling while open, sends response headers once it is
// subscribed (a client can wait for them before it makes the event happen), ends quietly when the
// client cancels, and ends with UNAVAILABLE saying so when the node stops. Events are live only:
// nothing is replayed to a stream opened later (as Greenlight). A client that does not read is cut
// off with RESOURCE_EXHAUSTED before its backlog grows without bound.
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Metadata, status, type ServerUnaryCall, type ServerWritableStream, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { jsonResultToGrpc } from '@greenhouse/cln-rpc';
import { GreenhouseError, grpcFrame, toServiceError, unaryHandler, type Logger } from '@greenhouse/common';
import type { PendingRequest } from '@greenhouse/common/generated/greenlight/PendingRequest.ts';
import type { CallGuard } from './call-guard.ts';
import type { NodeHost } from './node-host.ts';
import { checkCloseToAddress, followLog, storeGlConfig, subscriptionTopic, type NodeEventHub } from './node-events/index.ts';

/** Messages a stream may have waiting for a client that does not read, before it is ended. */
export const DEFAULT_MAX_QUEUED_MESSAGES = 10_000;
/** How long the listinvoices lookup that completes an incoming payment may take. */
const INVOICE_LOOKUP_TIMEOUT_MS = 10_000;

type AnyCall = Pick<ServerUnaryCall<object, object>, 'getAuthContext'>;
type StreamCall = ServerWritableStream<object, object>;

export interface NodeStreamOptions {
  logger: Logger;
  /** The caller's hosted node; throws the GreenhouseError to answer otherwise (PERMISSION_DENIED, NOT_FOUND). */
  hostOf: (call: AnyCall) => NodeHost;
  /** The checks every call passes (size, signature, rune); see CallGuard. */
  guard: CallGuard;
  maxQueuedMessages?: number;
}

interface StreamContext {
  host: NodeHost;
  events: NodeEventHub;
  /** Aborts when the stream ends for any reason. */
  signal: AbortSignal;
  write: (message: object) => void;
  /** Sends the response headers: the stream is subscribed. */
  subscribed: () => void;
}

/** The handler of one cln.Node Subscribe… method, or undefined when the method streams no notification. */
export function clnSubscribeHandler(options: NodeStreamOptions, rpcName: string, methodPath: string): ((call: StreamCall) => void) | undefined {
  const topic = subscriptionTopic(rpcName);
  if (!topic) return undefined;
  return (call) =>
    serveStream(options, methodPath, call, async ({ events, signal, write, subscribed }) => {
      const unsubscribe = events.subscribe('notification', topic, (event) => {
        let message: Record<string, unknown>;
        try {
          message = jsonResultToGrpc(rpcName, event.payload);
        } catch (error) {
          options.logger.warn({ method: methodPath, err: error }, 'a notification does not map onto its cln.Node message; skipped');
          return;
        }
        write(message);
      });
      subscribed();
      await aborted(signal);
      unsubscribe();
    });
}

/** greenlight.Node's StreamLog, StreamIncoming, StreamNodeEvents, StreamCustommsg and Configure. */
export function greenlightNodeHandlers(options: NodeStreamOptions): UntypedServiceImplementation {
  const { logger } = options;
  const method = (name: string) => `/greenlight.Node/${name}`;

  const StreamLog = (call: StreamCall) =>
    serveStream(options, method('StreamLog'), call, async ({ host, signal, write, subscribed }) => {
      subscribed();
      await followLog({ file: path.join(host.nodeDir, 'log'), signal, onLines: (lines) => lines.forEach((line) => write({ line })) });
    });

  const StreamIncoming = (call: StreamCall) =>
    serveStream(options, method('StreamIncoming'), call, async (context) => {
      await paidInvoices(context, logger, (paid) => {
        // IncomingPayment has only an off-chain kind; an on-chain fallback payment is not one.
        if (paid.onchain) return;
        context.write({
          offchain: {
            label: paid.label,
            preimage: paid.preimage,
            amount: { millisatoshi: paid.amountMsat },
            extratlvs: [],
            payment_hash: paid.paymentHash,
            bolt11: paid.bolt11,
          },
        });
      });
    });

  const StreamNodeEvents = (call: StreamCall) =>
    serveStream(options, method('StreamNodeEvents'), call, async (context) => {
      await paidInvoices(context, logger, (paid) => {
        context.write({
          invoice_paid: {
            payment_hash: paid.paymentHash,
            bolt11: paid.bolt11,
            preimage: paid.preimage,
            label: paid.label,
            amount_msat: paid.amountMsat,
            extratlvs: [],
          },
        });
      });
    });

  const StreamCustommsg = (call: StreamCall) =>
    serveStream(options, method('StreamCustommsg'), call, async ({ events, signal, write, subscribed }) => {
      const unsubscribe = events.subscribe('hook', 'custommsg', (event) => {
        const { peer_id: peerId, payload } = (event.payload ?? {}) as { peer_id?: unknown; payload?: unknown };
        const peer = hexBytes(peerId);
        const bytes = hexBytes(payload);
        if (!peer || peer.length !== 33 || !bytes) {
          logger.warn({ method: method('StreamCustommsg') }, 'custommsg hook call without a peer id or payload in hex; skipped');
          return;
        }
        write({ peer_id: peer, payload: bytes });
      });
      subscribed();
      await aborted(signal);
      unsubscribe();
    });

  const configurePath = method('Configure');
  const Configure = unaryHandler(logger, configurePath, async (call: ServerUnaryCall<{ close_to_addr?: string }, object>) => {
    const host = options.hostOf(call);
    const { auth, body } = await options.guard(configurePath, call, host);
    const closeToAddr = call.request.close_to_addr ?? '';
    checkCloseToAddress(closeToAddr, host.network);
    host.markActivity();
    const request: PendingRequest | undefined =
      auth && body
        ? { request: grpcFrame(body), uri: configurePath, signature: auth.signature, pubkey: auth.pubkey, timestamp: auth.timestampMs.toString(), rune: Buffer.from(auth.rune, 'base64url') }
        : undefined;
    await mkdir(host.nodeDir, { recursive: true, mode: 0o700 });
    await storeGlConfig(host.nodeDir, { closeToAddr, ...(request && { request }) });
    host.configureRequest = request; // sent to signers with every hsmd request from now on
    logger.info({ node_id: host.nodeHex, signed: Boolean(request) }, 'Configure: close_to_addr stored');
    return {};
  });

  return { StreamLog, StreamIncoming, StreamNodeEvents, StreamCustommsg, Configure } as UntypedServiceImplementation;
}

/**
 * Runs one stream for the caller's node: the stream limit, the node's start, the end on cancel, on
 * node stop (the lease's reason) or when `run` returns or throws.
 */
function serveStream(options: NodeStreamOptions, method: string, call: StreamCall, run: (context: StreamContext) => Promise<void>): void {
  const { logger } = options;
  const maxQueued = options.maxQueuedMessages ?? DEFAULT_MAX_QUEUED_MESSAGES;
  let host: NodeHost;
  let lease: ReturnType<NodeHost['streams']['acquire']>;
  try {
    host = options.hostOf(call);
    lease = host.streams.acquire(method);
  } catch (error) {
    call.emit('error', toServiceError(logger, method, error));
    return;
  }
  const done = new AbortController();
  const finish = (error?: unknown) => {
    if (done.signal.aborted) return;
    done.abort();
    lease.release();
    if (call.cancelled) return; // the client went away: nobody to tell
    if (error === undefined) call.end();
    else call.emit('error', toServiceError(logger, method, error));
  };
  call.on('cancelled', () => finish());
  if (lease.signal.aborted) return finish(lease.signal.reason);
  lease.signal.addEventListener('abort', () => finish(lease.signal.reason), { once: true });

  const write = (message: object) => {
    if (done.signal.aborted) return;
    if (call.writableLength >= maxQueued) {
      finish(new GreenhouseError(status.RESOURCE_EXHAUSTED, `${method}: the client is not reading (${call.writableLength} messages waiting); the stream ends rather than holding the node's events; open it again`));
      return;
    }
    call.write(message);
  };
  let headersSent = false;
  const subscribed = () => {
    if (headersSent || done.signal.aborted) return;
    headersSent = true;
    call.sendMetadata(new Metadata());
  };

  (async () => {
    // The same checks as every unary call: size cap, request signature, rune.
    await options.guard(method, call, host);
    await host.ensureRunning();
    if (done.signal.aborted) return;
    host.markActivity();
    const events = host.events;
    if (!events) throw new GreenhouseError(status.UNAVAILABLE, `${method}: node ${host.nodeHex} is not ready for streams yet; try again`);
    await run({ host, events, signal: done.signal, write, subscribed });
    finish();
  })().catch((error: unknown) => finish(error));
}

interface PaidInvoice {
  label: string;
  preimage: Buffer;
  paymentHash: Buffer;
  /** u64 msat as a decimal string. */
  amountMsat: string;
  bolt11: string;
  onchain: boolean;
}

/**
 * Calls `onPaid` for each invoice paid while the stream is open, in the order lightningd reported them.
 * The invoice_payment notification (sent once the payment is committed) has label, preimage and amount;
 * the invoice's bolt11 comes from listinvoices, as Greenlight's plugin does it. If that lookup fails,
 * the payment is still reported, with the payment hash from the preimage and no bolt11.
 */
async function paidInvoices({ host, events, signal, subscribed }: StreamContext, logger: Logger, onPaid: (paid: PaidInvoice) => void): Promise<void> {
  let queue = Promise.resolve();
  const unsubscribe = events.subscribe('notification', 'invoice_payment', (event) => {
    queue = queue
      .then(async () => {
        const paid = await describePayment(host, event.payload, logger);
        if (paid && !signal.aborted) onPaid(paid);
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'could not report an incoming payment'));
  });
  subscribed();
  await aborted(signal);
  unsubscribe();
}

async function describePayment(host: NodeHost, payload: unknown, logger: Logger): Promise<PaidInvoice | undefined> {
  const { label, preimage: preimageHex, msat, outpoint } = (payload ?? {}) as { label?: unknown; preimage?: unknown; msat?: unknown; outpoint?: unknown };
  const preimage = hexBytes(preimageHex);
  const amount = /^(\d+)(msat)?$/.exec(String(msat ?? ''));
  if (!preimage || preimage.length !== 32 || !amount || typeof label !== 'string') {
    logger.warn('invoice_payment notification without label, 32-byte preimage or msat amount; skipped');
    return undefined;
  }
  const paymentHash = createHash('sha256').update(preimage).digest();
  let bolt11 = '';
  try {
    const result = await host.rpc?.call<{ invoices?: Array<{ label?: string; bolt11?: string; bolt12?: string; payment_hash?: string }> }>(
      'listinvoices',
      { label },
      { timeoutMs: INVOICE_LOOKUP_TIMEOUT_MS },
    );
    const invoice = result?.invoices?.find((candidate) => candidate.label === label && candidate.payment_hash === paymentHash.toString('hex'));
    bolt11 = invoice?.bolt11 ?? invoice?.bolt12 ?? '';
  } catch (error) {
    logger.warn({ err: error }, 'listinvoices failed; reporting the incoming payment without its bolt11');
  }
  return { label, preimage, paymentHash, amountMsat: amount[1]!, bolt11, onchain: outpoint !== undefined };
}

function hexBytes(value: unknown): Buffer | undefined {
  if (typeof value !== 'string' || value.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(value)) return undefined;
  return Buffer.from(value, 'hex');
}

function aborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
