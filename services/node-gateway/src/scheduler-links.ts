// The gateway's links to every scheduler replica. Placement lives in each replica's memory, so a
// replica can only start nodes on gateways linked to it: the gateway links to all of them and tells
// all of them whenever a node starts or stops here, whoever asked.
//
// Replicas are listed (`--scheduler uri1,uri2`) or discovered (`--scheduler-discovery dns`: every
// A/AAAA record of the URI's host, e.g. a Kubernetes headless Service, looked up again every 30 s;
// each link verifies the certificate for that host name, not the address).
import { promises as dns } from 'node:dns';
import { status } from '@grpc/grpc-js';
import type { Logger } from '@greenhouse/common';
import type { DeviceRuneResponse__Output } from '@greenhouse/common/generated/greenhouse/DeviceRuneResponse.ts';
import { SchedulerLink, type SchedulerLinkOptions } from './scheduler-link.ts';

export type SchedulerDiscovery = 'static' | 'dns';

export interface SchedulerLinksOptions extends Omit<SchedulerLinkOptions, 'schedulerUri' | 'dialAddress' | 'announce'> {
  schedulerUris: readonly string[];
  discovery?: SchedulerDiscovery;
  /** How often DNS discovery looks again; default 30 s. */
  rediscoverMs?: number;
}

export class SchedulerLinks {
  /** By `uri` or `uri@address`. */
  private readonly links = new Map<string, SchedulerLink>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: SchedulerLinksOptions) {
    if (options.schedulerUris.length === 0) throw new Error('no scheduler URI given');
  }

  get size(): number {
    return this.links.size;
  }

  start(): void {
    if (this.options.discovery !== 'dns') {
      for (const uri of this.options.schedulerUris) this.open(uri, uri);
      return;
    }
    void this.discover();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    for (const link of this.links.values()) link.close();
    this.links.clear();
  }

  /**
   * The registry's rune restrictions for a device of a node: asked of a connected replica (any
   * other if it fails); NOT_FOUND from one is the answer, other failures try the next.
   */
  async deviceRune(nodeId: Buffer, publicKey: Buffer, timeoutMs = 5000): Promise<DeviceRuneResponse__Output> {
    const links = [...this.links.values()].sort((a, b) => Number(b.connected) - Number(a.connected));
    let lastError: unknown = new Error('no scheduler link');
    for (const link of links) {
      try {
        return await link.deviceRune(nodeId, publicKey, timeoutMs);
      } catch (error) {
        if ((error as { code?: number }).code === status.NOT_FOUND || (error as { code?: number }).code === status.INVALID_ARGUMENT) throw error;
        lastError = error;
      }
    }
    throw lastError;
  }

  nodeStarted(nodeId: Buffer, sessionId: string): void {
    for (const link of this.links.values()) link.nodeStarted(nodeId, sessionId);
  }

  nodeStopped(nodeId: Buffer, reason: string): void {
    for (const link of this.links.values()) link.nodeStopped(nodeId, reason);
  }

  private open(key: string, schedulerUri: string, dialAddress?: string): void {
    this.options.logger.info({ scheduler: schedulerUri, address: dialAddress }, 'linking to a scheduler replica');
    const link = new SchedulerLink({
      ...this.options,
      schedulerUri,
      ...(dialAddress && { dialAddress }),
      announce: { started: (nodeId, sessionId) => this.nodeStarted(nodeId, sessionId), stopped: (nodeId, reason) => this.nodeStopped(nodeId, reason) },
    });
    this.links.set(key, link);
    link.start();
  }

  private async discover(): Promise<void> {
    const wanted = new Map<string, { uri: string; address: string }>();
    for (const uri of this.options.schedulerUris) {
      const { hostname, port } = new URL(uri);
      for (const address of await addressesOf(hostname, this.options.logger)) {
        const dialAddress = address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
        wanted.set(`${uri}@${dialAddress}`, { uri, address: dialAddress });
      }
    }
    if (this.closed) return;
    for (const [key, link] of this.links) {
      if (!wanted.has(key)) {
        this.options.logger.info({ link: key }, 'scheduler replica gone from DNS; unlinking');
        link.close();
        this.links.delete(key);
      }
    }
    for (const [key, { uri, address }] of wanted) if (!this.links.has(key)) this.open(key, uri, address);
    this.timer = setTimeout(() => void this.discover(), this.options.rediscoverMs ?? 30_000);
    this.timer.unref();
  }
}

/** Every IPv4 and IPv6 address of `hostname` in DNS (an address stays itself). */
async function addressesOf(hostname: string, logger: Logger): Promise<string[]> {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  if (/^[\d.]+$/.test(bare) || bare.includes(':')) return [bare];
  const found: string[] = [];
  for (const resolve of [dns.resolve4, dns.resolve6]) {
    try {
      found.push(...(await resolve(bare)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENODATA' && code !== 'ENOTFOUND') logger.warn({ host: bare, code }, 'scheduler discovery: DNS lookup failed');
    }
  }
  if (found.length === 0) logger.warn({ host: bare }, 'scheduler discovery: no address for the scheduler host yet; looking again later');
  return found.sort();
}
