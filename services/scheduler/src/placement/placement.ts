import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { status } from '@grpc/grpc-js';
import { failedPrecondition, GreenhouseError, type Logger } from '@greenhouse/common';
import type { SchedulerCommand } from '@greenhouse/common/generated/greenhouse/SchedulerCommand.ts';
import type { NodeRecord } from '../registry/registry.ts';

/** Where a running node can be reached. */
export interface NodeLocation {
  gatewayId: string;
  grpcUri: string;
  sessionId: string;
}

/** One connected gateway, as its stream to the scheduler presents it. */
export interface GatewayConnection {
  id: string;
  grpcUri: string;
  capacity: number;
  send(command: SchedulerCommand): void;
}

interface LiveGateway extends GatewayConnection {
  nodes: Set<string>;
}

const START_TIMEOUT_MS = 60_000;
/** How long Schedule waits for a node's home gateway to (re)connect before answering UNAVAILABLE. */
const HOME_GATEWAY_WAIT_MS = 10_000;

export interface PlacementOptions {
  /** Records which gateway holds a node's data (Registry.claimHomeGateway). */
  homes: { claimHomeGateway(nodeId: Buffer, gatewayId: string, replace?: boolean): Promise<string> };
  /**
   * Gateways share node storage (e.g. one network volume): a node may then run on any of them.
   * Otherwise a node only ever runs on its home gateway, the one with its lightningd directory.
   */
  sharedNodeStorage?: boolean;
}

/**
 * Which gateway runs which node. Gateways come and go with their streams; a node runs on at most
 * one of them, and (unless gateways share storage) always on the same one: its home. Placement lives in memory: after a scheduler restart the gateways re-announce what
 * they run in their hello.
 */
export class Placement {
  private readonly gateways = new Map<string, LiveGateway>();
  private readonly locations = new Map<string, NodeLocation>();
  private readonly starting = new Map<string, Promise<NodeLocation>>();
  private readonly events = new EventEmitter();
  private nextCommandId = 1n;
  private readonly commandWaiters = new Map<string, (error: GreenhouseError) => void>();

  constructor(
    private readonly logger: Logger,
    private readonly options: PlacementOptions,
  ) {
    this.events.setMaxListeners(0);
  }

  get connectedGateways(): number {
    return this.gateways.size;
  }

  addGateway(gateway: GatewayConnection, runningNodes: Buffer[]): void {
    if (this.gateways.has(gateway.id)) this.removeGateway(gateway.id, 'replaced by a new connection');
    const live: LiveGateway = { ...gateway, nodes: new Set() };
    this.gateways.set(gateway.id, live);
    for (const nodeId of runningNodes) this.nodeStarted(gateway.id, nodeId, randomSessionId());
    this.events.emit(`gateway:${gateway.id}`);
    this.logger.info({ gateway: gateway.id, grpc_uri: gateway.grpcUri, capacity: gateway.capacity, running: runningNodes.length }, 'gateway connected');
  }

  /** The gateway's stream ended: its nodes are no longer reachable and may be placed elsewhere. */
  removeGateway(gatewayId: string, reason: string): void {
    const gateway = this.gateways.get(gatewayId);
    if (!gateway) return;
    this.gateways.delete(gatewayId);
    for (const nodeHex of gateway.nodes) this.locations.delete(nodeHex);
    this.logger.warn({ gateway: gatewayId, reason, nodes: gateway.nodes.size }, 'gateway disconnected');
  }

  nodeStarted(gatewayId: string, nodeId: Buffer, sessionId: string): void {
    const gateway = this.gateways.get(gatewayId);
    if (!gateway) return;
    const nodeHex = nodeId.toString('hex');
    gateway.nodes.add(nodeHex);
    const location = { gatewayId, grpcUri: gateway.grpcUri, sessionId };
    this.locations.set(nodeHex, location);
    this.events.emit(`started:${nodeHex}`, location);
  }

  nodeStopped(gatewayId: string, nodeId: Buffer, reason: string): void {
    const nodeHex = nodeId.toString('hex');
    this.gateways.get(gatewayId)?.nodes.delete(nodeHex);
    if (this.locations.get(nodeHex)?.gatewayId === gatewayId) this.locations.delete(nodeHex);
    this.logger.info({ gateway: gatewayId, node_id: nodeHex, reason }, 'node stopped');
  }

  commandFailed(commandId: string, code: number, message: string): void {
    this.commandWaiters.get(commandId)?.(new GreenhouseError(code, message));
  }

  locate(nodeId: Buffer): NodeLocation | undefined {
    return this.locations.get(nodeId.toString('hex'));
  }

  /** Resolves when the node runs somewhere, or with undefined once `timeoutMs` has passed. */
  waitForNode(nodeId: Buffer, timeoutMs: number): Promise<NodeLocation | undefined> {
    const known = this.locate(nodeId);
    if (known) return Promise.resolve(known);
    const event = `started:${nodeId.toString('hex')}`;
    return new Promise((resolve) => {
      const onStarted = (location: NodeLocation) => {
        clearTimeout(timer);
        resolve(location);
      };
      const timer = setTimeout(() => {
        this.events.off(event, onStarted);
        resolve(undefined);
      }, Math.max(0, timeoutMs));
      this.events.once(event, onStarted);
    });
  }

  /** Runs the node if it is not running: on the least loaded gateway with room for it. */
  /** `waitMs`: how long the caller can wait for the node's home gateway to reconnect, at most HOME_GATEWAY_WAIT_MS. */
  schedule(node: NodeRecord, waitMs = HOME_GATEWAY_WAIT_MS): Promise<NodeLocation> {
    const nodeHex = node.nodeId.toString('hex');
    const known = this.locations.get(nodeHex);
    if (known) return Promise.resolve(known);
    let starting = this.starting.get(nodeHex);
    if (!starting) {
      starting = this.start(node, Math.max(0, Math.min(waitMs, HOME_GATEWAY_WAIT_MS))).finally(() => this.starting.delete(nodeHex));
      this.starting.set(nodeHex, starting);
    }
    return starting;
  }

  private async start(node: NodeRecord, waitMs: number): Promise<NodeLocation> {
    const gateway = await this.gatewayFor(node, waitMs);
    const commandId = String(this.nextCommandId++);
    const sessionId = randomSessionId();
    const started = this.waitForNode(node.nodeId, START_TIMEOUT_MS);
    const failed = new Promise<never>((_, reject) => this.commandWaiters.set(commandId, reject));
    gateway.send({
      command_id: commandId,
      start_node: {
        node_id: node.nodeId,
        network: node.network,
        init_msg: node.initMsg,
        startupmsgs: node.startupMessages,
        session_id: sessionId,
      },
    });
    this.logger.info({ node_id: node.nodeId.toString('hex'), gateway: gateway.id }, 'starting node');
    try {
      const location = await Promise.race([started, failed]);
      if (!location) {
        throw new GreenhouseError(status.DEADLINE_EXCEEDED, `gateway ${gateway.id} did not start the node within ${START_TIMEOUT_MS / 1000} s`);
      }
      return location;
    } finally {
      this.commandWaiters.delete(commandId);
    }
  }

  /**
   * The node's home gateway; a node without one gets the least loaded gateway as its home, claimed
   * in the registry so that replicas racing to place it agree. With shared node storage, any.
   */
  private async gatewayFor(node: NodeRecord, waitMs: number): Promise<LiveGateway> {
    if (this.options.sharedNodeStorage) {
      const gateway = this.pickGateway();
      await this.options.homes.claimHomeGateway(node.nodeId, gateway.id, true);
      return gateway;
    }
    const home = node.homeGateway ?? (await this.options.homes.claimHomeGateway(node.nodeId, this.pickGateway().id));
    // A gateway that is restarting (or this scheduler, just restarted) reconnects within seconds.
    const gateway = this.gateways.get(home) ?? (await this.waitForGateway(home, waitMs));
    if (!gateway) {
      throw new GreenhouseError(
        status.UNAVAILABLE,
        `node ${node.nodeId.toString('hex')} keeps its data on gateway ${home}, which is not connected; it runs again once that gateway is back (gateways that share node storage: start the scheduler with --shared-node-storage)`,
      );
    }
    if (gateway.nodes.size >= gateway.capacity) {
      throw new GreenhouseError(status.RESOURCE_EXHAUSTED, `gateway ${home}, which keeps this node's data, is full (${gateway.capacity} nodes); try again later`);
    }
    return gateway;
  }

  private waitForGateway(gatewayId: string, timeoutMs: number): Promise<LiveGateway | undefined> {
    const event = `gateway:${gatewayId}`;
    return new Promise((resolve) => {
      const connected = () => {
        clearTimeout(timer);
        resolve(this.gateways.get(gatewayId));
      };
      const timer = setTimeout(() => {
        this.events.off(event, connected);
        resolve(undefined);
      }, timeoutMs);
      this.events.once(event, connected);
    });
  }

  private pickGateway(): LiveGateway {
    let best: LiveGateway | undefined;
    for (const gateway of this.gateways.values()) {
      if (gateway.nodes.size >= gateway.capacity) continue;
      if (!best || gateway.nodes.size / gateway.capacity < best.nodes.size / best.capacity) best = gateway;
    }
    if (best) return best;
    if (this.gateways.size === 0) {
      throw failedPrecondition('no node gateway connected, so the node cannot run yet; start one (pnpm start runs a scheduler and a gateway)');
    }
    throw new GreenhouseError(status.RESOURCE_EXHAUSTED, `all ${this.gateways.size} node gateways are full; try again later or add a gateway`);
  }
}

/** A uint64 session id, as a decimal string (protos load 64-bit integers as strings). */
function randomSessionId(): string {
  return (randomBytes(8).readBigUInt64BE() >> 1n).toString();
}
