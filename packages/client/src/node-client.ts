import { createPrivateKey, type KeyObject } from 'node:crypto';
import { Client, Metadata, status, type CallOptions, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import { authMetadata, GreenhouseError, grpcFrame, signRequest, statusName } from '@greenhouse/common';
import type { Credentials } from './credentials.ts';
import { CLIENT_CHANNEL_OPTIONS, grpcTarget, mtlsCredentials } from './grpc-client.ts';
import { SchedulerClient } from './scheduler-client.ts';
import {
  nodeMethod,
  type ClnRequest,
  type ClnResponse,
  type ClnStreamMethod,
  type ClnUnaryMethod,
  type GreenlightRequest,
  type GreenlightResponse,
  type GreenlightStreamMethod,
  type GreenlightUnaryMethod,
  type NodeMethod,
  type NodeServiceName,
} from './node-methods.ts';
import { NodeStream } from './node-stream.ts';

/** How long a unary node call may take unless the caller says otherwise. */
export const DEFAULT_NODE_CALL_TIMEOUT_MS = 30_000;
/** How long Schedule may take: the scheduler starts the node (real CLN: seconds, more on a fresh node). */
export const DEFAULT_SCHEDULE_TIMEOUT_MS = 120_000;

export interface NodeCallOptions {
  /** Deadline for this call (unary calls only; streams run until cancelled). */
  timeoutMs?: number;
  /** Aborting cancels the call. */
  signal?: AbortSignal;
}

export interface NodeClientOptions {
  /** Default deadline of every unary call, ms (30 s). */
  timeoutMs?: number;
  /** Deadline of Schedule, which starts the node (120 s). */
  scheduleTimeoutMs?: number;
  /**
   * Where the node is (`https://host:port`). Without it the scheduler is asked (Schedule), and
   * asked again when the node has moved.
   */
  grpcUri?: string;
  /** Told when the client waits for the scheduler to place and start the node, and when it is up. */
  onSchedule?: (event: { phase: 'scheduling' | 'scheduled'; grpcUri?: string }) => void;
}

/**
 * UNAVAILABLE details that say the call never reached lightningd, so sending it again elsewhere
 * cannot run it twice: no connection at all, the node stopped or not ready, lightning-rpc not there.
 */
const NEVER_REACHED = /No connection established|ECONNREFUSED|failed to connect|ENOTFOUND|getaddrinfo|Name resolution failed|stopped; try again|stopped on this gateway|cannot connect to lightning-rpc|did not accept connections|not ready for streams/i;
/** Calls that change nothing, which may be repeated whatever happened to the first attempt. */
const READ_ONLY = /^(Getinfo|List|Get|Check|Decode|Wait|Subscribe|Stream|AutoCleanStatus|DatastoreUsage|Feerates|Help|BkprList|BkprInspect|AskReneList)/;

/**
 * A node's `cln.Node` and `greenlight.Node`, as the device of `credentials`:
 *
 * - every call carries the device's request signature (research/greenlight.md §4.4: `glauthpubkey`,
 *   `glauthsig` over the exact body frame and `glts`, and `glrune`), which the gateway checks and
 *   the signer needs before it signs for a call;
 * - unary calls have a deadline by default; streams are async iterables;
 * - the node's address comes from the scheduler (Schedule, which starts the node); when a call
 *   finds the node gone (NOT_FOUND, or UNAVAILABLE before it reached lightningd, or for a call that
 *   changes nothing) the client asks again and retries once; a payment is never sent twice.
 *
 * Errors are GreenhouseErrors: the gRPC status and a message that says what to do.
 */
export class NodeClient {
  readonly nodeId: Buffer;
  private readonly key: KeyObject;
  private readonly timeoutMs: number;
  private channel: { uri: string; client: Client } | undefined;
  private locating: Promise<string> | undefined;
  private closed = false;
  /** Whether close() closes the scheduler client too (it made it). */
  private ownsScheduler = false;

  constructor(
    private readonly credentials: Credentials,
    private readonly scheduler: SchedulerClient | undefined,
    private readonly options: NodeClientOptions = {},
  ) {
    if (!scheduler && !options.grpcUri) throw new GreenhouseError(status.INVALID_ARGUMENT, 'NodeClient needs a scheduler or the grpcUri of the node');
    this.nodeId = credentials.nodeId();
    this.key = createPrivateKey(credentials.keyPem);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_NODE_CALL_TIMEOUT_MS;
  }

  /** A client that finds the node through the scheduler at `schedulerUri`, with the device's own identity. */
  static forScheduler(credentials: Credentials, schedulerUri: string, options: NodeClientOptions = {}): NodeClient {
    const scheduler = new SchedulerClient(schedulerUri, { caPem: credentials.caPem, certPem: credentials.certPem, keyPem: credentials.keyPem });
    const client = new NodeClient(credentials, scheduler, options);
    client.ownsScheduler = true;
    return client;
  }

  /** Where the node answers now, once known. */
  get grpcUri(): string | undefined {
    return this.channel?.uri ?? this.options.grpcUri;
  }

  /** Asks the scheduler to place and start the node now (calls do it on first use anyway); its grpc_uri. */
  async schedule(): Promise<string> {
    return (await this.connection()).uri;
  }

  // ---- typed calls ----------------------------------------------------------------------------

  /** A unary `cln.Node` call, e.g. `call('Invoice', {…})`. */
  call<M extends ClnUnaryMethod>(method: M, request: ClnRequest<M>, options?: NodeCallOptions): Promise<ClnResponse<M>> {
    return this.unary(nodeMethod('cln.Node', method), request as object, options) as Promise<ClnResponse<M>>;
  }

  /** A `cln.Node` notification stream, e.g. `stream('SubscribeBlockAdded', {})`. */
  stream<M extends ClnStreamMethod>(method: M, request: ClnRequest<M>, options?: NodeCallOptions): NodeStream<ClnResponse<M>> {
    return this.serverStream(nodeMethod('cln.Node', method), request as object, options) as NodeStream<ClnResponse<M>>;
  }

  /** A unary `greenlight.Node` call: Configure, LspInvoice, TrampolinePay. */
  greenlight<M extends GreenlightUnaryMethod>(method: M, request: GreenlightRequest<M>, options?: NodeCallOptions): Promise<GreenlightResponse<M>> {
    return this.unary(nodeMethod('greenlight.Node', method), request as object, options) as Promise<GreenlightResponse<M>>;
  }

  /** A `greenlight.Node` stream: StreamLog, StreamIncoming, StreamNodeEvents, StreamCustommsg. */
  greenlightStream<M extends GreenlightStreamMethod>(method: M, request: GreenlightRequest<M>, options?: NodeCallOptions): NodeStream<GreenlightResponse<M>> {
    return this.serverStream(nodeMethod('greenlight.Node', method), request as object, options) as NodeStream<GreenlightResponse<M>>;
  }

  /** Any method by its description (see `nodeMethods`, `findClnMethod`): for generic tools such as `greenhouse node call`. */
  callMethod(method: NodeMethod, request: object, options?: NodeCallOptions): Promise<object> {
    return this.unary(method, request, options);
  }

  streamMethod(method: NodeMethod, request: object, options?: NodeCallOptions): NodeStream<object> {
    return this.serverStream(method, request, options);
  }

  // ---- the journey's calls --------------------------------------------------------------------

  getinfo(options?: NodeCallOptions) {
    return this.call('Getinfo', {}, options);
  }

  /** A new on-chain address (bech32 unless `addresstype` says otherwise). */
  newAddr(addresstype?: 'BECH32' | 'P2TR' | 'ALL', options?: NodeCallOptions) {
    return this.call('NewAddr', addresstype ? { addresstype } : {}, options);
  }

  /** An invoice for `amountMsat` (or any amount), signed by the signer only because this call asked for it. */
  invoice(request: { amountMsat?: bigint | number | string; label: string; description: string; expiry?: number }, options?: NodeCallOptions) {
    const amount_msat = request.amountMsat === undefined ? { any: true } : { amount: { msat: String(request.amountMsat) } };
    return this.call('Invoice', { amount_msat, label: request.label, description: request.description, ...(request.expiry !== undefined && { expiry: request.expiry }) }, options);
  }

  listFunds(options?: NodeCallOptions) {
    return this.call('ListFunds', {}, options);
  }

  /** Connects to a peer: `id@host:port`, or the id and host/port apart. */
  connectPeer(peer: string | { id: string; host?: string; port?: number }, options?: NodeCallOptions) {
    return this.call('ConnectPeer', typeof peer === 'string' ? parsePeerAddress(peer) : peer, options);
  }

  /** Pays a BOLT11 invoice (`amountMsat` only for one without an amount). */
  pay(bolt11: string, request: { amountMsat?: bigint | number | string; label?: string } = {}, options?: NodeCallOptions) {
    return this.call(
      'Pay',
      {
        bolt11,
        ...(request.amountMsat !== undefined && { amount_msat: { msat: String(request.amountMsat) } }),
        ...(request.label !== undefined && { label: request.label }),
      },
      options,
    );
  }

  /** The node's log: the last lines, then each new one (greenlight StreamLog). */
  streamLog(options?: NodeCallOptions) {
    return this.greenlightStream('StreamLog', {}, options);
  }

  close(): void {
    this.closed = true;
    this.channel?.client.close();
    this.channel = undefined;
    if (this.ownsScheduler) this.scheduler?.close();
  }

  // ---- machinery ------------------------------------------------------------------------------

  private async unary(method: NodeMethod, request: object, options: NodeCallOptions = {}): Promise<object> {
    const body = method.definition.requestSerialize(request);
    let connection = await this.connection();
    try {
      return await this.send(connection, method, body, options);
    } catch (error) {
      if (!this.mayRelocate(error, method, options)) throw nodeCallError(method, error, connection.uri, options.timeoutMs ?? this.timeoutMs);
      connection = await this.connection(connection.uri);
      try {
        return await this.send(connection, method, body, options);
      } catch (again) {
        throw nodeCallError(method, again, connection.uri, options.timeoutMs ?? this.timeoutMs);
      }
    }
  }

  private send(connection: { uri: string; client: Client }, method: NodeMethod, body: Buffer, options: NodeCallOptions): Promise<object> {
    return new Promise((resolve, reject) => {
      const callOptions: CallOptions = { deadline: Date.now() + (options.timeoutMs ?? this.timeoutMs) };
      const call = connection.client.makeUnaryRequest<Buffer, object>(
        method.path,
        (bytes) => bytes,
        (bytes) => method.definition.responseDeserialize(bytes) as object,
        body,
        this.sign(body),
        callOptions,
        (error, response) => (error ? reject(error) : resolve(response!)),
      );
      if (options.signal) {
        if (options.signal.aborted) call.cancel();
        else options.signal.addEventListener('abort', () => call.cancel(), { once: true });
      }
    });
  }

  private serverStream(method: NodeMethod, request: object, options: NodeCallOptions = {}): NodeStream<object> {
    const body = method.definition.requestSerialize(request);
    let lastUri: string | undefined;
    const open = async (attempt: number): Promise<ClientReadableStream<object>> => {
      const connection = await this.connection(attempt > 0 ? lastUri : undefined);
      lastUri = connection.uri;
      return connection.client.makeServerStreamRequest<Buffer, object>(
        method.path,
        (bytes) => bytes,
        (bytes) => method.definition.responseDeserialize(bytes) as object,
        body,
        this.sign(body),
        {},
      );
    };
    return new NodeStream<object>(open, {
      mayRetry: (error) => this.mayRelocate(error, method, options),
      wrapError: (error) => nodeCallError(method, error, lastUri ?? '', undefined),
      signal: options.signal,
    });
  }

  /** The four §4.4 headers over this exact body: the bytes sent are the bytes signed. */
  private sign(body: Buffer): Metadata {
    const timestampMs = BigInt(Date.now());
    const { pubkey, signature } = signRequest(this.key, grpcFrame(body), timestampMs);
    return authMetadata({ pubkey, signature, timestampMs, rune: this.credentials.rune });
  }

  /**
   * Whether to ask the scheduler where the node is and send the call again: NOT_FOUND (the node is
   * not on that gateway: the call went nowhere), or UNAVAILABLE when the call cannot have reached
   * lightningd, or changes nothing anyway. A payment whose answer was lost is never sent twice.
   */
  private mayRelocate(error: unknown, method: NodeMethod, options: NodeCallOptions): boolean {
    if (!this.scheduler || this.closed || options.signal?.aborted) return false;
    const { code, details } = error as Partial<ServiceError>;
    if (code === status.NOT_FOUND) return true;
    return code === status.UNAVAILABLE && (NEVER_REACHED.test(details ?? '') || READ_ONLY.test(method.name));
  }

  /**
   * The channel to the node; with `stale`, the one at that address failed: ask the scheduler where
   * the node is now (it may be the same place, restarted) and open a new channel.
   */
  private async connection(stale?: string): Promise<{ uri: string; client: Client }> {
    if (this.closed) throw new GreenhouseError(status.CANCELLED, 'this NodeClient is closed');
    if (this.channel && this.channel.uri !== stale) return this.channel;
    if (!this.scheduler || (!stale && this.options.grpcUri && !this.channel)) {
      return this.open(this.options.grpcUri!);
    }
    this.locating ??= this.locate().finally(() => (this.locating = undefined));
    const uri = await this.locating;
    if (this.channel?.uri === uri && uri !== stale) return this.channel;
    return this.open(uri);
  }

  private open(uri: string): { uri: string; client: Client } {
    this.channel?.client.close();
    const client = new Client(grpcTarget(uri), mtlsCredentials({ caPem: this.credentials.caPem, certPem: this.credentials.certPem, keyPem: this.credentials.keyPem }), CLIENT_CHANNEL_OPTIONS);
    this.channel = { uri, client };
    return this.channel;
  }

  private async locate(): Promise<string> {
    const nodeHex = this.nodeId.toString('hex');
    this.options.onSchedule?.({ phase: 'scheduling' });
    let info;
    try {
      info = await this.scheduler!.schedule(this.nodeId, this.options.scheduleTimeoutMs ?? DEFAULT_SCHEDULE_TIMEOUT_MS);
    } catch (error) {
      throw scheduleError(error, this.scheduler!.uri, nodeHex);
    }
    if (!info.grpc_uri) {
      throw new GreenhouseError(status.UNAVAILABLE, `the scheduler has no address for node ${nodeHex} yet; try again in a moment`);
    }
    this.options.onSchedule?.({ phase: 'scheduled', grpcUri: info.grpc_uri });
    return info.grpc_uri;
  }
}

/** `id@host:port` (or `id@host`, or just `id`) → ConnectRequest fields. */
export function parsePeerAddress(address: string): { id: string; host?: string; port?: number } {
  const at = address.indexOf('@');
  const id = at < 0 ? address : address.slice(0, at);
  if (!/^0[23][0-9a-fA-F]{64}$/.test(id)) {
    throw new GreenhouseError(status.INVALID_ARGUMENT, `${address}: expected a peer as <node id>@<host>:<port>, the node id 66 hex digits`);
  }
  if (at < 0) return { id };
  const rest = address.slice(at + 1);
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(rest); // [ipv6]:port
  const colon = rest.lastIndexOf(':');
  const [host, portText] = bracketed ? [bracketed[1]!, bracketed[2]] : colon > 0 && !rest.slice(0, colon).includes(':') ? [rest.slice(0, colon), rest.slice(colon + 1)] : [rest, undefined];
  if (!host) throw new GreenhouseError(status.INVALID_ARGUMENT, `${address}: no host after @`);
  if (portText === undefined) return { id, host };
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) throw new GreenhouseError(status.INVALID_ARGUMENT, `${address}: the port must be 1-65535`);
  return { id, host, port };
}

/** A node call's failure as a GreenhouseError whose message says what to do. */
export function nodeCallError(method: NodeMethod, error: unknown, uri: string, timeoutMs: number | undefined): GreenhouseError {
  if (error instanceof GreenhouseError) return error;
  const failed = error as Partial<ServiceError>;
  const code = failed.code ?? status.UNKNOWN;
  const details = failed.details || (error as Error).message || statusName(code);
  const name = method.name;
  // The gateway's messages name the method already ("/cln.Node/Invoice: …").
  let message = details.includes(method.path) ? details : `${name}: ${details}`;
  if (code === status.DEADLINE_EXCEEDED && /^Deadline exceeded/i.test(details)) {
    const seconds = timeoutMs === undefined ? '' : ` within ${Math.round(timeoutMs / 1000)} s`;
    message = `${name}: the node did not answer${seconds}; it may still be starting or waiting for its signer (greenhouse signer run); try again, or allow longer (--timeout)`;
  } else if (code === status.UNAVAILABLE && isTransportFailure(details)) {
    message = `${name}: the node at ${uri} is not reachable (${details}); is the Greenhouse stack running (pnpm start)?`;
  } else if (code === status.CANCELLED && /cancelled on client/i.test(details)) {
    message = `${name}: cancelled`;
  }
  return new GreenhouseError(code, message, { cause: error });
}

function scheduleError(error: unknown, schedulerUri: string, nodeHex: string): GreenhouseError {
  if (error instanceof GreenhouseError) return error;
  const failed = error as Partial<ServiceError>;
  const code = failed.code ?? status.UNKNOWN;
  const details = failed.details || (error as Error).message;
  if (code === status.UNAVAILABLE && isTransportFailure(details)) {
    return new GreenhouseError(code, `the scheduler at ${schedulerUri} is not reachable (${details}); is the Greenhouse stack running (pnpm start)?`, { cause: error });
  }
  if (code === status.DEADLINE_EXCEEDED && /^Deadline exceeded/i.test(details)) {
    return new GreenhouseError(code, `node ${nodeHex} did not start in time; try again (a first start takes longest)`, { cause: error });
  }
  return new GreenhouseError(code, `starting node ${nodeHex}: ${details}`, { cause: error });
}

/** grpc-js's own words for "could not talk to the server at all". */
function isTransportFailure(details: string): boolean {
  return /No connection established|ECONNREFUSED|Connection dropped|failed to connect|ENOTFOUND|getaddrinfo|Name resolution failed|Socket closed|read ECONNRESET/i.test(details);
}
