// The node gateway assembled: the public server, the hosted nodes, and the links to the scheduler replicas.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { status } from '@grpc/grpc-js';
import { GreenhouseError, type Logger } from '@greenhouse/common';
import { NodeHost, type NodeHostConfig, type NodeStartRequest } from './node-host.ts';
import { startPublicServer } from './public-server.ts';
import { SchedulerLinks, type SchedulerDiscovery } from './scheduler-links.ts';
import { DeviceGrants } from './rune-check.ts';

export interface GatewayConfig extends NodeHostConfig {
  /** `https://host:port` of the scheduler; several replicas separated by commas. */
  schedulerUri: string;
  /** `dns`: link to every address of the scheduler host (replicas behind a headless Service). */
  schedulerDiscovery?: SchedulerDiscovery;
  host: string;
  port: number;
  /**
   * Where clients reach the public server (`https://host:port`), as the scheduler hands it out.
   * Default `https://localhost:<port>`; behind container networking, a Service or a proxy, the name
   * clients dial, which the gateway certificate must carry.
   */
  publicUri?: string;
  gatewayId: string;
  capacity: number;
  /** Certificates; default the scheduler CA's files under `<dataDir>/certs`. */
  caPath?: string;
  certPath?: string;
  keyPath?: string;
}

export interface RunningGateway {
  grpcUri: string;
  port: number;
  nodes: Map<string, NodeHost>;
  stop(): Promise<void>;
}

export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  const certs = path.join(path.resolve(config.dataDir), 'certs');
  const caPem = await readFile(config.caPath ?? path.join(certs, 'ca.crt'));
  const certPem = await readFile(config.certPath ?? path.join(certs, 'services/node-gateway.crt'));
  const keyPem = await readFile(config.keyPath ?? path.join(certs, 'services/node-gateway-key.pem'));
  const nodes = new Map<string, NodeHost>();
  // Set below, once the server's port (the grpc_uri the links announce) is known.
  let link: SchedulerLinks | undefined;
  const deviceGrants = new DeviceGrants(async (nodeId, publicKey) => {
    if (!link) throw new Error('not linked to the scheduler yet');
    const answer = await link.deviceRune(nodeId, publicKey);
    return { runeRestrictions: answer.rune_restrictions, seedHolder: answer.seed_holder };
  });

  const server = await startPublicServer({
    host: config.host,
    port: config.port,
    tls: { rootCaPem: caPem.toString('utf8'), certChainPem: certPem.toString('utf8'), keyPem: keyPem.toString('utf8') },
    logger,
    nodeFor: (nodeId) => nodes.get(nodeId.toString('hex')),
    deviceGrants,
  });
  const grpcUri = config.publicUri ?? `https://localhost:${server.port}`;

  // Whether the scheduler believes each node runs here; a node that stops or starts by itself
  // (idle stop, given up after crashes, woken by a client call) is reported so it stays true.
  const reportedRunning = new Set<string>();

  const startNode = async (request: NodeStartRequest): Promise<void> => {
    const hex = request.nodeId.toString('hex');
    let host = nodes.get(hex);
    if (!host) {
      host = new NodeHost(request, config, logger.child({ node_id: hex }));
      host.lifecycle = lifecycleReporter(host);
      nodes.set(hex, host);
    }
    reportedRunning.add(hex); // the link reports this start itself, with the scheduler's session id
    try {
      await host.ensureRunning();
    } catch (error) {
      // Not running here: forget it, so a later StartNode begins afresh (and calls get NOT_FOUND).
      reportedRunning.delete(hex);
      if (nodes.get(hex) === host) nodes.delete(hex);
      await host.stop().catch(() => undefined);
      throw error;
    }
  };
  const lifecycleReporter = (host: NodeHost) => ({
    ready() {
      if (reportedRunning.has(host.nodeHex)) return;
      reportedRunning.add(host.nodeHex);
      link?.nodeStarted(host.nodeId, randomSessionId());
    },
    stoppedByItself(reason: string) {
      reportedRunning.delete(host.nodeHex);
      link?.nodeStopped(host.nodeId, reason);
    },
  });
  const stopNode = async (nodeId: Buffer): Promise<void> => {
    const hex = nodeId.toString('hex');
    const host = nodes.get(hex);
    nodes.delete(hex);
    reportedRunning.delete(hex);
    await host?.stop();
  };

  link = new SchedulerLinks({
    schedulerUris: config.schedulerUri.split(',').map((uri) => uri.trim()).filter(Boolean),
    ...(config.schedulerDiscovery && { discovery: config.schedulerDiscovery }),
    caPem,
    certPem,
    keyPem,
    gatewayId: config.gatewayId,
    grpcUri,
    capacity: config.capacity,
    logger,
    nodes: {
      startNode,
      stopNode,
      runningNodes: () => [...nodes.values()].filter((n) => n.running).map((n) => n.nodeId),
    },
  });
  link.start();

  return {
    grpcUri,
    port: server.port,
    nodes,
    async stop() {
      link.close();
      // Open streams would hold the server's graceful shutdown until its grace runs out: end them first, saying why.
      for (const host of nodes.values()) {
        host.streams.endAll(new GreenhouseError(status.UNAVAILABLE, `the gateway is shutting down; node ${host.nodeHex} stops here (open the stream again: the scheduler places the node)`));
      }
      await server.shutdown();
      const hosts = [...nodes.values()];
      nodes.clear();
      await Promise.all(hosts.map((host) => host.stop().catch((error: unknown) => logger.error({ err: error, node_id: host.nodeHex }, 'node did not stop cleanly'))));
    },
  };
}

/** A uint64 session id for a start the scheduler did not ask for, as a decimal string. */
function randomSessionId(): string {
  return (randomBytes(8).readBigUInt64BE() >> 1n).toString();
}
