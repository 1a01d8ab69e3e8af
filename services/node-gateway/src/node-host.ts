// One hosted node on this gateway: its directory `<dataDir>/nodes/<node_id hex>/`, its HsmStage (where
// lightningd's hsmd requests wait for the node's signers), where its hsmd proxy and events plugin run
// (in the gateway, handed over by the native helpers; or as processes, with the Hsm unix service the
// proxy process talks to), and the NodeSupervisor that keeps its lightningd running.
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Logger } from '@greenhouse/common';
import type { ClnRpcClient } from '@greenhouse/cln-rpc';
import type { PendingRequest } from '@greenhouse/common/generated/greenlight/PendingRequest.ts';
import { HsmStage, startHsmService, type RunningHsmService, type StartupMessage } from './staging/index.ts';
import {
  CLN_NETWORKS,
  locateLightningd,
  MAX_SOCKET_PATH_BYTES,
  NodeSupervisor,
  nodeSocketPaths,
  prepareNodeDirectories,
  type BitcoindConnection,
  type ClnNetwork,
} from './supervisor/index.ts';
import { failedPrecondition, GreenhouseError } from '@greenhouse/common';
import { status } from '@grpc/grpc-js';
import { CallLimiter, DEFAULT_MAX_CALLS_IN_FLIGHT } from './call-guard.ts';
import { hsmdProxyExecutable } from './hsmd-proxy/bundle.ts';
import { HandoffServer, nativeHelpers, serveHandedHsmd, serveHandedPlugin, type HsmdProxyMode } from './handoff/index.ts';
import { configureRequestOf, DEFAULT_MAX_STREAMS_PER_NODE, NodeEventHub, readGlConfig, StreamLeases } from './node-events/index.ts';

/** What every node on this gateway shares: where data lives and how lightningd reaches bitcoind. */
export interface NodeHostConfig {
  dataDir: string;
  /** Absent: this gateway has no bitcoind (`--no-bitcoind`), and starting a node fails with FAILED_PRECONDITION saying what to do. */
  bitcoind?: BitcoindConnection;
  /** lightningd binary; default LIGHTNINGD or PATH at each start (locateLightningd). */
  lightningd?: string;
  /** Environment for locating lightningd; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Adds `--developer` to lightningd. */
  developer?: boolean;
  /** Stop a node after this long without calls and signers; 0: never. */
  idleAfterMs?: number;
  /** Unary calls one node serves at once; more get RESOURCE_EXHAUSTED. Default DEFAULT_MAX_CALLS_IN_FLIGHT. */
  maxCallsInFlight?: number;
  /** Streams (StreamLog, StreamIncoming, Subscribe…) one node serves at once; more get RESOURCE_EXHAUSTED. Default 64. */
  maxStreamsPerNode?: number;
  /**
   * in-gateway (default): lightningd's hsmd and the events plugin are native helpers that hand their
   * descriptors to this process, which serves them; process: the hsmd proxy and the events plugin are
   * Node.js processes, the proxy calling the node's greenlight.Hsm unix service (Greenlight's layout).
   */
  hsmdProxy?: HsmdProxyMode;
}

export interface NodeStartRequest {
  nodeId: Buffer;
  network: string;
  initMsg: Uint8Array;
  startupMessages: readonly StartupMessage[];
}

/** What the gateway hears of a node's own comings and goings (to tell the scheduler). */
export interface NodeLifecycleListener {
  /** lightningd answers getinfo (after any start, also one a client call caused). */
  ready(): void;
  /** It stopped by itself: idle, or given up after repeated crashes. */
  stoppedByItself(reason: string): void;
}

export class NodeHost {
  readonly nodeId: Buffer;
  readonly nodeHex: string;
  readonly nodeDir: string;
  readonly network: ClnNetwork;
  readonly stage: HsmStage;
  /** Signed client calls in flight for this node (the public server adds and removes them). */
  readonly pendingCalls = new Set<PendingRequest>();
  /** The last signed greenlight.Node/Configure (close_to_addr), kept in `<nodeDir>/gl-config.json`. */
  configureRequest: PendingRequest | undefined;
  /** Client calls in flight for this node. */
  readonly calls: CallLimiter;
  /** Streams open on this node (node-events/); all end when it stops. */
  readonly streams: StreamLeases;
  private eventHub: NodeEventHub | undefined;
  private supervisor: NodeSupervisor | undefined;
  private hsm: RunningHsmService | undefined;
  private handoff: HandoffServer | undefined;
  private preparing: Promise<NodeSupervisor> | undefined;
  private stopped = false;
  /** Set by the gateway before the first start. */
  lifecycle: NodeLifecycleListener | undefined;
  /** The short socket directory under the temp dir, when the node's own was too long (removed at stop). */
  private tempSocketDir: string | undefined;

  constructor(
    request: NodeStartRequest,
    private readonly config: NodeHostConfig,
    private readonly logger: Logger,
  ) {
    if (!(CLN_NETWORKS as readonly string[]).includes(request.network)) {
      throw failedPrecondition(`network must be one of ${CLN_NETWORKS.join(', ')}, got ${request.network}`);
    }
    this.nodeId = Buffer.from(request.nodeId);
    this.nodeHex = this.nodeId.toString('hex');
    this.network = request.network as ClnNetwork;
    this.nodeDir = path.join(path.resolve(config.dataDir), 'nodes', this.nodeHex);
    this.calls = new CallLimiter(config.maxCallsInFlight ?? DEFAULT_MAX_CALLS_IN_FLIGHT, `node ${this.nodeHex}`);
    // A stream that ends counts as activity: the idle period starts then, not when it was opened.
    this.streams = new StreamLeases(config.maxStreamsPerNode ?? DEFAULT_MAX_STREAMS_PER_NODE, this.nodeHex, () => this.markActivity());
    this.stage = new HsmStage({
      nodeId: this.nodeId,
      initMsg: request.initMsg,
      startupMessages: request.startupMessages,
      stateFile: path.join(this.nodeDir, 'signer-state.json'),
      logger,
      // As Greenlight: the stored signed Configure goes with every request, so the signer may close to its address.
      pendingCalls: () => (this.configureRequest ? [...this.pendingCalls, this.configureRequest] : [...this.pendingCalls]),
    });
  }

  /** The running lightningd's JSON-RPC client, when it runs. */
  get rpc(): ClnRpcClient | undefined {
    return this.supervisor?.lightningd?.rpc;
  }

  get running(): boolean {
    return this.supervisor?.state === 'running';
  }

  /** The node's lightningd notifications and custommsg hook calls; there once ensureRunning resolved. */
  get events(): NodeEventHub | undefined {
    return this.eventHub;
  }

  /** Starts (or joins the start of) lightningd; resolves once it answers getinfo. */
  async ensureRunning(): Promise<void> {
    if (this.stopped) throw failedPrecondition(`node ${this.nodeHex} is stopping on this gateway`);
    this.preparing ??= this.prepare().catch((error: unknown) => {
      this.preparing = undefined;
      throw error;
    });
    const supervisor = await this.preparing;
    await supervisor.ensureRunning();
  }

  /** Why a call to this node is still unanswered, for a caller whose deadline is up. */
  whyWaiting(method: string): GreenhouseError {
    const late = (reason: string) => new GreenhouseError(status.DEADLINE_EXCEEDED, `${method}: ${reason}`);
    const waiting = this.stage.pendingCount;
    if (!this.running) return late(`node ${this.nodeHex} did not finish starting in time; call again`);
    if (waiting > 0 && this.stage.attachedSigners === 0) {
      return late(`node ${this.nodeHex} is waiting for its signer, and no signer is attached (${waiting} signing request(s) pending); start the signer (greenhouse signer run) and call again`);
    }
    if (waiting > 0) return late(`node ${this.nodeHex} is waiting for its signer, which has not answered yet (${waiting} signing request(s) pending)`);
    return late(`lightningd of node ${this.nodeHex} did not answer in time`);
  }

  /**
   * Nobody is using the node: no client call in flight and no signer attached. hsmd requests still
   * staged do not keep it alive: without a signer they can never be answered, and stopping lightningd
   * (which may be blocked on one) withdraws them.
   */
  isIdle(): boolean {
    return this.calls.active === 0 && this.stage.attachedSigners === 0 && this.streams.size === 0;
  }

  markActivity(): void {
    this.supervisor?.markActivity();
  }

  /** Stops lightningd, the Hsm service and the stage. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.streams.endAll(new GreenhouseError(status.UNAVAILABLE, `node ${this.nodeHex} stopped on this gateway; open the stream again (the scheduler starts the node where it runs)`));
    await this.preparing?.catch(() => undefined);
    await this.supervisor?.stop();
    await this.eventHub?.close();
    await this.handoff?.close();
    await this.hsm?.close();
    await this.stage.close();
    if (this.tempSocketDir) await rm(this.tempSocketDir, { recursive: true, force: true });
  }

  private async prepare(): Promise<NodeSupervisor> {
    const bitcoind = this.config.bitcoind;
    if (!bitcoind) throw noBitcoind(this.config);
    await mkdir(this.nodeDir, { recursive: true, mode: 0o700 });
    this.configureRequest ??= configureRequestOf(await readGlConfig(this.nodeDir));
    const socketDir = shortSocketDir(this.nodeDir, this.network);
    this.tempSocketDir = socketDir;
    const { hsmSocketPath, eventsSocketPath, handoffSocketPath } = await prepareNodeDirectories({ nodeDir: this.nodeDir, network: this.network, socketDir });
    // All listening before lightningd starts, so its hsmd and events plugin find them at once.
    const eventHub = (this.eventHub ??= await NodeEventHub.listen({ socketPath: eventsSocketPath, logger: this.logger }));
    let helpers: { hsmdProxy: string; eventsPlugin?: string };
    if ((this.config.hsmdProxy ?? 'in-gateway') === 'in-gateway') {
      const native = nativeHelpers();
      this.handoff ??= await HandoffServer.listen({
        socketPath: handoffSocketPath,
        handlers: {
          hsmd: (handoff) => serveHandedHsmd(handoff, this.stage, this.logger),
          plugin: (handoff) => serveHandedPlugin(handoff, eventHub, this.logger),
        },
        logger: this.logger,
      });
      helpers = { hsmdProxy: native.hsmd, eventsPlugin: native.eventsPlugin };
    } else {
      this.hsm ??= await startHsmService({ socketPath: hsmSocketPath, stage: this.stage, logger: this.logger });
      helpers = { hsmdProxy: await hsmdProxyExecutable(path.join(path.resolve(this.config.dataDir), 'bin'), this.logger) };
    }
    const idleAfterMs = this.config.idleAfterMs ?? 0;
    this.supervisor = new NodeSupervisor({
      nodeId: this.nodeHex,
      config: {
        nodeDir: this.nodeDir,
        network: this.network,
        p2pPort: await freePort(),
        bitcoind,
        socketDir,
        ...(this.config.lightningd && { lightningd: this.config.lightningd }),
        ...helpers,
        ...(this.config.developer && { developer: true }),
      },
      ...(this.config.env && { env: this.config.env }),
      logger: this.logger,
      ...(idleAfterMs > 0 && { idle: { afterMs: idleAfterMs, isIdle: () => this.isIdle() } }),
    });
    this.supervisor.on('ready', () => this.lifecycle?.ready());
    this.supervisor.on('idle', () => this.lifecycle?.stoppedByItself('idle'));
    this.supervisor.on('failed', (error) => this.lifecycle?.stoppedByItself(error.message));
    // Streams follow the node while it is wanted, across crash restarts; a stop or a give-up ends them.
    this.supervisor.on('state', (state) => {
      if (state === 'stopping') this.streams.endAll(new GreenhouseError(status.UNAVAILABLE, `node ${this.nodeHex} stopped; open the stream again to start it`));
      if (state === 'failed') this.streams.endAll(new GreenhouseError(status.UNAVAILABLE, `node ${this.nodeHex} stopped: ${this.supervisor?.lastFailure?.message ?? 'lightningd failed'}`));
    });
    return this.supervisor;
  }
}

/** FAILED_PRECONDITION for a gateway without bitcoind, naming lightningd too when that is missing as well. */
function noBitcoind(config: NodeHostConfig): GreenhouseError {
  let lightningd = '';
  try {
    if (!config.lightningd) locateLightningd(config.env ?? process.env);
  } catch (error) {
    lightningd = `; also, ${(error as Error).message}`;
  }
  return failedPrecondition(
    `no bitcoind for lightningd on this gateway: install bitcoind or set BITCOIND to one and restart \`pnpm start\` (it then runs a regtest bitcoind), or start the gateway with --bitcoind-host/--bitcoind-port (GREENHOUSE_BITCOIND_HOST/_PORT) of a running one${lightningd}`,
  );
}

/**
 * lightningd's own `<nodeDir>/<network>` when the sockets fit there, else a short directory under
 * the system temp dir named by a hash of the node directory (a unix socket path is at most ~107 bytes).
 */
function shortSocketDir(nodeDir: string, network: ClnNetwork): string | undefined {
  if (Math.max(...Object.values(nodeSocketPaths({ nodeDir, network })).map((file) => Buffer.byteLength(file))) <= MAX_SOCKET_PATH_BYTES) return undefined;
  return path.join(tmpdir(), `gh-${createHash('sha256').update(nodeDir).digest('hex').slice(0, 16)}`);
}

/** A port nothing listens on right now (for lightningd's p2p address). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
