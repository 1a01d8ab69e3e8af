import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { GreenhouseError, type Logger } from '@greenhouse/common';
import type { IssuanceReply, IssuanceRequest, IssuanceWorkerData } from './issuance-protocol.ts';
import type { IssuedDevice, UserCa } from './device-issuance.ts';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

interface PooledWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Runs certificate work on a few worker threads, each request on the least busy one. A worker that
 * dies fails its pending requests with INTERNAL and is replaced.
 */
export class IssuancePool {
  private readonly workers: PooledWorker[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly data: IssuanceWorkerData,
    private readonly logger: Logger,
    size = Math.max(1, availableParallelism()),
  ) {
    for (let i = 0; i < size; i++) this.workers.push(this.spawn());
  }

  issueForNewNode(nodeId: Buffer, csr: Uint8Array): Promise<IssuedDevice & { userCa: UserCa }> {
    return this.run({ op: 'issueForNewNode', nodeId, csr }) as Promise<IssuedDevice & { userCa: UserCa }>;
  }

  issueForKnownNode(userCa: UserCa, nodeId: Buffer, csr: Uint8Array): Promise<IssuedDevice> {
    return this.run({ op: 'issueForKnownNode', userCa, nodeId, csr }) as Promise<IssuedDevice>;
  }

  issueForPairedDevice(userCa: UserCa, nodeId: Buffer, csr: Uint8Array, deviceName: string): Promise<IssuedDevice> {
    return this.run({ op: 'issueForPairedDevice', userCa, nodeId, csr, deviceName }) as Promise<IssuedDevice>;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private run(request: WithoutId<IssuanceRequest>): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('certificate issuance has stopped'));
    const target = this.workers.reduce((best, w) => (w.pending.size < best.pending.size ? w : best));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ ...request, id });
    });
  }

  private spawn(): PooledWorker {
    const worker = new Worker(new URL('./issuance-worker-entry.mjs', import.meta.url), { workerData: this.data });
    const pooled: PooledWorker = { worker, pending: new Map() };
    worker.unref();
    worker.on('message', (reply: IssuanceReply) => {
      const pending = pooled.pending.get(reply.id);
      if (!pending) return;
      pooled.pending.delete(reply.id);
      if (!reply.error) pending.resolve(reply.result);
      else if (reply.error.code !== undefined) pending.reject(new GreenhouseError(reply.error.code, reply.error.message));
      else pending.reject(new Error(reply.error.message));
    });
    worker.on('error', (error) => this.replace(pooled, error));
    worker.on('exit', (code) => {
      if (!this.closed) this.replace(pooled, new Error(`certificate worker exited with code ${code}`));
    });
    return pooled;
  }

  private replace(dead: PooledWorker, cause: Error): void {
    const index = this.workers.indexOf(dead);
    if (index === -1 || this.closed) return;
    this.logger.error({ err: cause, pending: dead.pending.size }, 'certificate worker failed; starting a new one');
    for (const pending of dead.pending.values()) pending.reject(cause);
    dead.pending.clear();
    this.workers[index] = this.spawn();
  }
}
