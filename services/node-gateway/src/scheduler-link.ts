// The gateway's link to the scheduler (greenhouse.Gateways/Connect): dial with the gateway's service
// identity over mTLS, say hello, start and stop nodes when told, report what happened, and redial
// with backoff whenever the stream ends.
import { credentials, Metadata, status, type ClientDuplexStream } from '@grpc/grpc-js';
import { GreenhouseError, grpcPackages, type Logger } from '@greenhouse/common';
import type { GatewaysClient } from '@greenhouse/common/generated/greenhouse/Gateways.ts';
import type { DeviceRuneResponse__Output } from '@greenhouse/common/generated/greenhouse/DeviceRuneResponse.ts';
import type { GatewayMessage } from '@greenhouse/common/generated/greenhouse/GatewayMessage.ts';
import type { SchedulerCommand__Output } from '@greenhouse/common/generated/greenhouse/SchedulerCommand.ts';
import type { NodeStartRequest } from './node-host.ts';

/** What the link needs from the gateway: start and stop nodes, and which run now. */
export interface NodeStarter {
  startNode(request: NodeStartRequest): Promise<void>;
  stopNode(nodeId: Buffer): Promise<void>;
  runningNodes(): Buffer[];
}

export interface SchedulerLinkOptions {
  /** `https://host:port` of the scheduler. */
  schedulerUri: string;
  caPem: Buffer;
  certPem: Buffer;
  keyPem: Buffer;
  gatewayId: string;
  /** Where clients reach this gateway's public server. */
  grpcUri: string;
  capacity: number;
  nodes: NodeStarter;
  logger: Logger;
  /**
   * Dial this `host:port` (an address of one scheduler replica) but verify the certificate for the
   * host of schedulerUri. Default: dial schedulerUri itself.
   */
  dialAddress?: string;
  /**
   * Tells every scheduler replica about a node this link started or stopped on the scheduler's
   * command; default: only this link's scheduler.
   */
  announce?: {
    started(nodeId: Buffer, sessionId: string): void;
    stopped(nodeId: Buffer, reason: string): void;
  };
  /** First redial delay; doubles up to maxDelayMs. Defaults 500 ms and 15 s. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

type Stream = ClientDuplexStream<GatewayMessage, SchedulerCommand__Output>;

export class SchedulerLink {
  private readonly client: GatewaysClient;
  private stream: Stream | undefined;
  private closed = false;
  private delayMs: number;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: SchedulerLinkOptions) {
    const target = options.schedulerUri.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    const creds = credentials.createSsl(options.caPem, options.keyPem, options.certPem);
    const host = target.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
    this.client = new (grpcPackages().greenhouse.Gateways)(options.dialAddress ?? target, creds, {
      'grpc.keepalive_time_ms': 30_000,
      ...(options.dialAddress && { 'grpc.ssl_target_name_override': host, 'grpc.default_authority': host }),
    }) as unknown as GatewaysClient;
    this.delayMs = options.initialDelayMs ?? 500;
  }

  start(): void {
    this.connect();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.stream?.cancel();
    this.client.close();
  }

  private connect(): void {
    if (this.closed) return;
    const { logger } = this.options;
    const stream = this.client.Connect(new Metadata()) as Stream;
    this.stream = stream;
    let gone = false;
    const redial = (reason: string) => {
      if (gone) return;
      gone = true;
      if (this.stream === stream) this.stream = undefined;
      if (this.closed) return;
      logger.warn({ scheduler: this.options.schedulerUri, address: this.options.dialAddress, reason, retry_ms: this.delayMs }, 'scheduler link lost; redialing');
      this.timer = setTimeout(() => this.connect(), this.delayMs);
      this.delayMs = Math.min(this.delayMs * 2, this.options.maxDelayMs ?? 15_000);
    };
    stream.on('data', (command: SchedulerCommand__Output) => {
      this.delayMs = this.options.initialDelayMs ?? 500; // the scheduler talks to us: the link works
      void this.handle(stream, command);
    });
    stream.on('error', (error) => redial(error.message));
    stream.on('end', () => redial('stream ended'));
    stream.write({
      hello: {
        gateway_id: this.options.gatewayId,
        grpc_uri: this.options.grpcUri,
        capacity: this.options.capacity,
        running_nodes: this.options.nodes.runningNodes(),
      },
    });
    logger.info({ scheduler: this.options.schedulerUri, address: this.options.dialAddress }, 'scheduler link: hello sent');
  }

  /** Whether the stream to this scheduler is up. */
  get connected(): boolean {
    return this.stream !== undefined;
  }

  /** The registry's rune restrictions for a device (greenhouse.Gateways/DeviceRune). */
  deviceRune(nodeId: Buffer, publicKey: Buffer, timeoutMs: number): Promise<DeviceRuneResponse__Output> {
    return new Promise((resolve, reject) => {
      this.client.DeviceRune({ node_id: nodeId, public_key: publicKey }, { deadline: Date.now() + timeoutMs }, (error, response) =>
        error || !response ? reject(error ?? new Error('empty DeviceRune response')) : resolve(response),
      );
    });
  }

  /** Reports a node that started without the scheduler asking (a client call woke it up). */
  nodeStarted(nodeId: Buffer, sessionId: string): void {
    this.stream?.write({ node_started: { node_id: nodeId, session_id: sessionId } });
  }

  /** Reports a node that stopped on its own (idle, crash) or on request. */
  nodeStopped(nodeId: Buffer, reason: string): void {
    this.stream?.write({ node_stopped: { node_id: nodeId, reason } });
  }

  private async handle(stream: Stream, command: SchedulerCommand__Output): Promise<void> {
    const { logger, nodes } = this.options;
    try {
      if (command.start_node) {
        const start = command.start_node;
        await nodes.startNode({
          nodeId: Buffer.from(start.node_id),
          network: start.network,
          initMsg: start.init_msg,
          startupMessages: start.startupmsgs.map((m) => ({ request: m.request, response: m.response })),
        });
        if (this.options.announce) this.options.announce.started(Buffer.from(start.node_id), String(start.session_id));
        else stream.write({ node_started: { node_id: start.node_id, session_id: start.session_id } });
      } else if (command.stop_node) {
        await nodes.stopNode(Buffer.from(command.stop_node.node_id));
        if (this.options.announce) this.options.announce.stopped(Buffer.from(command.stop_node.node_id), 'the scheduler asked');
        else stream.write({ node_stopped: { node_id: command.stop_node.node_id, reason: 'the scheduler asked' } });
      }
    } catch (error) {
      const failure =
        error instanceof GreenhouseError ? error : new GreenhouseError(status.INTERNAL, `the gateway failed: ${(error as Error).message}`);
      logger.warn({ command_id: command.command_id, code: status[failure.code], reason: failure.message }, 'scheduler command failed');
      stream.write({ command_failed: { command_id: command.command_id, code: failure.code, message: failure.message } });
    }
  }
}
