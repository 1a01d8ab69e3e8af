// The gateway's one public mTLS port: `cln.Node` and `greenlight.Node` for every node hosted here,
// routed by the node id in the caller's verified device certificate (never a request field).
//
// Choices:
// - Caller: a device certificate `/users/<node_id>/<device>` is required; NOBODY and service
//   identities get PERMISSION_DENIED. A device of a node that is not hosted here gets NOT_FOUND
//   ("ask the scheduler where it runs").
// - cln.Node unary methods: generic, for every method of the service definition, through
//   `callMappedRpc`. Subscribe… streams, greenlight.Node's streams and Configure: node-streams.ts.
// - CLN JSON-RPC errors (`ClnRpcError`) become UNKNOWN with CLN's own message and code
//   ("lightningd: <message> (code N)"): CLN's codes do not map cleanly onto gRPC's (Greenlight's
//   gl-plugin also answers them as UNKNOWN). A request that does not map onto JSON-RPC is
//   INVALID_ARGUMENT; a lightning-rpc connection failure or timeout is UNAVAILABLE.
// - Signed calls (except List… and Wait…, which make lightningd sign nothing): while a call is in flight, its `glauthpubkey/glauthsig/glts/glrune` headers and
//   the request body go into the node's `pendingCalls`, which the stage sends to signers with each
//   hsmd request (a successful SendPay or SendOnion until its attempt settles: LINGERING_CALLS). The body is the
//   RAW bytes the client sent (captured by wrapping the method's requestDeserialize), framed with
//   `grpcFrame`: re-serializing the decoded message could differ from what the device signed
//   (unknown fields, field order).
// - Before a call reaches its node (call-guard.ts): the 4,000,000-byte cap (INVALID_ARGUMENT), the
//   request signature (UNAUTHENTICATED; checked here and again by the signer), and the node's limit
//   on calls in flight (RESOURCE_EXHAUSTED).
import {
  status,
  type MethodDefinition,
  type sendUnaryData,
  type ServerUnaryCall,
  type ServiceDefinition,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import {
  callerIdentity,
  callerPublicKey,
  GreenhouseError,
  grpcFrame,
  grpcPackages,
  loadProtos,
  permissionDenied,
  startGrpcServer,
  unaryHandler,
  type Logger,
  type RequestAuth,
  type ServerTls,
  type StartedServer,
} from '@greenhouse/common';
import { callMappedRpc, ClnMappingError, ClnRpcConnectionError, ClnRpcError, ClnRpcTimeoutError } from '@greenhouse/cln-rpc';
import type { PendingRequest } from '@greenhouse/common/generated/greenlight/PendingRequest.ts';
import { describeHsmdType } from '@greenhouse/common/hsmd';
import { signerLinkHandlers, type SignerLinkCall, type SignerRefusal } from './staging/index.ts';
import type { NodeHost } from './node-host.ts';
import { assertRequestSize, authenticateCall, withinDeadline, type CallGuard } from './call-guard.ts';
import { checkRune, type DeviceGrants } from './rune-check.ts';
import { clnSubscribeHandler, greenlightNodeHandlers, type NodeStreamOptions } from './node-streams.ts';

export interface PublicServerOptions {
  host: string;
  port: number;
  tls: ServerTls;
  logger: Logger;
  /** The node hosted here with this id, if any. */
  nodeFor: (nodeId: Buffer) => NodeHost | undefined;
  /** What each device's rune may allow, from the scheduler's registry. */
  deviceGrants: DeviceGrants;
}

/** The raw request bytes of each decoded request object, kept while the call runs. */
const rawBodies = new WeakMap<object, Buffer>();

/** Wraps every method's requestDeserialize so the handler can find the bytes the client sent. */
function captureRawRequests(definition: ServiceDefinition): ServiceDefinition {
  return Object.fromEntries(
    Object.entries(definition).map(([name, method]) => [
      name,
      {
        ...method,
        requestDeserialize: (bytes: Buffer): unknown => {
          const decoded = method.requestDeserialize(bytes) as unknown;
          if (decoded && typeof decoded === 'object') rawBodies.set(decoded, Buffer.from(bytes));
          return decoded;
        },
      },
    ]),
  ) as ServiceDefinition;
}

export async function startPublicServer(options: PublicServerOptions): Promise<StartedServer> {
  const { logger } = options;
  const packages = grpcPackages();

  /** The hosted node of the caller's device certificate. */
  const hostOf = (call: Pick<ServerUnaryCall<unknown, unknown>, 'getAuthContext'>): NodeHost => {
    const identity = callerIdentity(call);
    if (identity.kind !== 'device') {
      throw permissionDenied('node calls need a device certificate (/users/<node_id>/<device>); NOBODY and service identities may not call a node');
    }
    const host = options.nodeFor(identity.nodeId);
    if (!host) {
      throw new GreenhouseError(status.NOT_FOUND, `node ${identity.nodeId.toString('hex')} is not running on this gateway; ask the scheduler (GetNodeInfo) where it runs`);
    }
    return host;
  };

  /**
   * What every call passes before it reaches its node (call-guard.ts, rune-check.ts): the size cap,
   * the request signature (UNAUTHENTICATED), and the device's rune (PERMISSION_DENIED).
   */
  const guard: CallGuard = async (method, call, host, guardOptions = {}) => {
    const body = rawBodies.get(call.request as object);
    assertRequestSize(method, body);
    const auth = authenticateCall(method, call, body);
    const clientKey = callerPublicKey(call);
    if (!clientKey) throw permissionDenied(`${method}: the client certificate carries no P-256 key`);
    await checkRune({ method, nodeId: host.nodeId, clientKey, auth, grants: options.deviceGrants, ...guardOptions });
    return { auth, body };
  };

  // Streams and Configure: node-streams.ts.
  const streamOptions: NodeStreamOptions = { logger, hostOf, guard };

  // cln.Node: every unary method generically; Subscribe… streams through node-streams.ts.
  const clnDefinition = loadProtos().definition['cln.Node'] as unknown as ServiceDefinition; // node.proto has no generated grpc type
  const clnImplementation: UntypedServiceImplementation = {};
  for (const [name, method] of Object.entries(clnDefinition) as [string, MethodDefinition<object, object>][]) {
    if (method.requestStream || method.responseStream) {
      const subscribe = !method.requestStream ? clnSubscribeHandler(streamOptions, name, method.path) : undefined;
      clnImplementation[name] = subscribe ?? ((call: { emit(event: 'error', error: unknown): void }) => {
        call.emit('error', new GreenhouseError(status.UNIMPLEMENTED, `${method.path} is not served by this gateway: it streams no CLN notification`).toServiceError());
      });
      continue;
    }
    clnImplementation[name] = unaryHandler(logger, method.path, async (call: ServerUnaryCall<object, object>) => {
      const host = hostOf(call);
      const { auth, body } = await guard(method.path, call, host);
      return withinDeadline(call.getDeadline(), () => host.whyWaiting(method.path), () => host.calls.run(() => withPendingCall(host, method.path, auth, body, async () => {
        await host.ensureRunning();
        host.markActivity();
        const rpc = host.rpc;
        if (!rpc) throw new GreenhouseError(status.UNAVAILABLE, `node ${host.nodeHex} stopped; try again`);
        try {
          return await callMappedRpc(rpc, name, call.request);
        } catch (error) {
          if (error instanceof ClnRpcTimeoutError) throw host.whyWaiting(method.path);
          throw clnError(name, error);
        }
      })));
    });
  }

  // greenlight.Node: the signer link, the streams and Configure; LspInvoice and TrampolinePay not yet.
  const glDefinition = packages.greenlight.Node.service as ServiceDefinition;
  const signerLink = signerLinkHandlers(
    (call: SignerLinkCall) => {
      const host = hostOf(call);
      host.markActivity();
      return host.stage;
    },
    { logger, authorize: async (call, method) => void (await guard(`/greenlight.Node/${method}`, call, hostOf(call), { signerLink: true })) },
  );
  const glImplementation: UntypedServiceImplementation = {};
  for (const [name, method] of Object.entries(glDefinition)) {
    const unimplemented = new GreenhouseError(status.UNIMPLEMENTED, `${method.path} is not served by this gateway yet`);
    glImplementation[name] = method.responseStream || method.requestStream
      ? (call: { emit(event: 'error', error: unknown): void }) => call.emit('error', unimplemented.toServiceError())
      : (_call: unknown, callback: sendUnaryData<unknown>) => callback(unimplemented.toServiceError());
  }
  Object.assign(glImplementation, signerLink, greenlightNodeHandlers(streamOptions));

  return startGrpcServer({
    host: options.host,
    port: options.port,
    tls: options.tls,
    logger,
    services: [
      { name: 'cln.Node', definition: captureRawRequests(clnDefinition), implementation: clnImplementation },
      { name: 'greenlight.Node', definition: captureRawRequests(glDefinition), implementation: glImplementation },
    ],
  });
}

/** Runs `work` with the call's signing context in the node's pending calls (when it carries one). */
/**
 * Runs `work` with the call's signing context in the node's pending calls (when it carries one).
 * When the signer refuses an hsmd request staged for this call and the call then fails (lightningd
 * reports an error, or dies because the refusal was on its own connection), the caller learns the
 * signer's reason: PERMISSION_DENIED, not a bare "connection closed".
 */
async function withPendingCall<T>(host: NodeHost, uri: string, auth: RequestAuth | undefined, raw: Buffer | undefined, work: () => Promise<T>): Promise<T> {
  if (!auth || !raw || !justifiesSigning(uri)) return work();
  const pending: PendingRequest = {
    request: grpcFrame(raw),
    uri,
    signature: auth.signature,
    pubkey: auth.pubkey,
    timestamp: auth.timestampMs.toString(),
    rune: Buffer.from(auth.rune, 'base64url'),
  };
  let refusal: SignerRefusal | undefined;
  const stopListening = host.stage.onSignerRefusal((heard) => {
    if (heard.pendingCalls.includes(pending)) refusal ??= heard;
  });
  host.pendingCalls.add(pending);
  let lingers = false;
  try {
    const result = await work();
    if (LINGERING_CALLS.has(uri)) {
      lingerUntilSettled(host, pending, attemptIdOf(result));
      lingers = true;
    }
    return result;
  } catch (error) {
    if (refusal) throw permissionDenied(`${uri}: the node's signer refused ${describeHsmdType(refusal.type)} for this call: ${refusal.reason}`);
    throw error;
  } finally {
    stopListening();
    if (!lingers) host.pendingCalls.delete(pending);
  }
}

/**
 * Whether a call can be what a signer needs to see: a call that only lists or waits (`List…`,
 * `Wait…`: WaitSendPay, WaitInvoice, … long-polls) makes lightningd sign nothing, and attached to
 * every hsmd request while it waits it would only cost each one its checks (bench/payments).
 */
function justifiesSigning(uri: string): boolean {
  const method = uri.slice(uri.lastIndexOf('/') + 1);
  return !method.startsWith('List') && !method.startsWith('Wait');
}

/**
 * Calls lightningd answers before the signing they cause: `sendpay` and `sendonion` return once
 * channeld has the HTLC, and channeld asks the signer for the commitments carrying it a moment
 * later (its commit timer). After such a call succeeds its signed context stays with the node's
 * pending calls, so the signer still sees that the device asked for the payment (the signer's
 * payment rule for outgoing HTLCs), until lightningd reports the attempt settled
 * (`sendpay_success` or `sendpay_failure` with its id: by then both commitments have carried the
 * HTLC, BOLT 2) or LINGER_MAX_MS passed. Every pending call goes with every hsmd request and is
 * checked there, so a call lingering longer than needed costs each request (bench/payments).
 */
const LINGERING_CALLS: ReadonlySet<string> = new Set(['/cln.Node/SendPay', '/cln.Node/SendOnion']);
const LINGER_MAX_MS = 5_000;

function lingerUntilSettled(host: NodeHost, pending: PendingRequest, attemptId: string | undefined): void {
  const stops: (() => void)[] = [];
  const release = () => {
    for (const stop of stops.splice(0)) stop();
    host.pendingCalls.delete(pending);
  };
  const timer = setTimeout(release, LINGER_MAX_MS);
  timer.unref();
  stops.push(() => clearTimeout(timer));
  const hub = host.events;
  if (!hub || attemptId === undefined) return;
  for (const topic of ['sendpay_success', 'sendpay_failure']) {
    stops.push(hub.subscribe('notification', topic, (event) => attemptIdOf(event.payload) === attemptId && release()));
  }
}

/** The attempt's id: a SendPay/SendOnion answer's `id`, `sendpay_success`'s `id`, `sendpay_failure`'s `data.id`. */
function attemptIdOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { id, data } = value as { id?: unknown; data?: unknown };
  if (typeof id === 'string' || typeof id === 'number' || typeof id === 'bigint') return String(id);
  return data === undefined ? undefined : attemptIdOf(data);
}

function clnError(rpcName: string, error: unknown): unknown {
  if (error instanceof GreenhouseError) return error;
  if (error instanceof ClnRpcError) return new GreenhouseError(status.UNKNOWN, `lightningd: ${error.message} (code ${error.code})`);
  if (error instanceof ClnMappingError) return new GreenhouseError(status.INVALID_ARGUMENT, `${rpcName}: ${error.message}`);
  if (error instanceof ClnRpcTimeoutError || error instanceof ClnRpcConnectionError) {
    return new GreenhouseError(status.UNAVAILABLE, `${rpcName}: ${error.message}`, { cause: error });
  }
  return error;
}
