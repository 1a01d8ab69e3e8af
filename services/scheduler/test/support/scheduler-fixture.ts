import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { credentials } from '@grpc/grpc-js';
import { createLogger } from '@greenhouse/common';
import { SchedulerClient, type DeviceCredentials } from '@greenhouse/client';
import { defaultSchedulerConfig, type SchedulerConfig } from '../../src/config.ts';
import { startScheduler, type RunningScheduler } from '../../src/server.ts';

/** A scheduler on a real port in a temporary data dir, with clients for each identity. */
export class SchedulerFixture {
  readonly logLines: string[] = [];
  private clients: SchedulerClient[] = [];

  private constructor(
    readonly dataDir: string,
    readonly config: SchedulerConfig,
    public scheduler: RunningScheduler,
  ) {}

  static async start(overrides: Partial<SchedulerConfig> = {}, dataDir?: string): Promise<SchedulerFixture> {
    const dir = dataDir ?? (await mkdtemp(path.join(tmpdir(), 'greenhouse-scheduler-')));
    const config = defaultSchedulerConfig({ ...overrides, dataDir: dir });
    const fixture = new SchedulerFixture(dir, config, undefined as unknown as RunningScheduler);
    fixture.scheduler = await startScheduler(config, fixture.logger());
    return fixture;
  }

  /** Stops and starts the scheduler on the same data dir (same port unless it was random). */
  async restart(): Promise<void> {
    this.closeClients();
    await this.scheduler.stop();
    this.scheduler = await startScheduler(this.config, this.logger());
  }

  async caPem(): Promise<string> {
    return readFile(this.scheduler.ca.paths.caCrt, 'utf8');
  }

  async nobodyClient(): Promise<SchedulerClient> {
    const paths = this.scheduler.ca.paths;
    return this.client({ certPem: await readFile(paths.nobodyCrt, 'utf8'), keyPem: await readFile(paths.nobodyKey, 'utf8') });
  }

  /** Raw grpc-js credentials of the NOBODY identity, for calls the SDK would not make. */
  async nobodyCredentials() {
    const paths = this.scheduler.ca.paths;
    return credentials.createSsl(Buffer.from(await this.caPem()), await readFile(paths.nobodyKey), await readFile(paths.nobodyCrt));
  }

  /** A device's client; `timeoutMs` per call (Schedule starts a node: give it time on a busy machine). */
  async client(device: DeviceCredentials, timeoutMs = 10_000): Promise<SchedulerClient> {
    const client = new SchedulerClient(this.scheduler.grpcUri, { caPem: await this.caPem(), ...device }, timeoutMs);
    this.clients.push(client);
    return client;
  }

  async stop(): Promise<void> {
    this.closeClients();
    await this.scheduler.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }

  private closeClients(): void {
    for (const client of this.clients) client.close();
    this.clients = [];
  }

  private logger() {
    const lines = this.logLines;
    return createLogger({
      name: 'scheduler',
      level: 'debug',
      destination: new Writable({
        write(chunk, _encoding, done) {
          lines.push(...String(chunk).trim().split('\n'));
          done();
        },
      }),
    });
  }
}

/** An hsmd_init_reply_v4-shaped init message (type 114); its contents do not matter to the scheduler. */
export const TEST_INIT_MSG = Buffer.concat([Buffer.from([0x00, 0x72]), Buffer.alloc(150, 7)]);
