// The node gateway end to end on a bare machine: a real scheduler, the real gateway PROCESS (running
// the lightningd TEST DOUBLE via LIGHTNINGD, with the real hsmd proxy), and a real Signer run loop.
// Register → Schedule places the node on the gateway → the signer attaches → cln.Node calls with the
// device certificate reach lightningd; a signed Invoice is signed through staging; NOBODY is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import path from 'node:path';
import { createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { status, type ServiceDefinition, type ServiceError } from '@grpc/grpc-js';
import { authMetadata, createLogger, grpcFrame, loadProtos, signRequest, uncompressedPublicKey } from '@greenhouse/common';
import { Credentials, SchedulerClient, type DeviceCredentials } from '@greenhouse/client';
import { createGreenlightRune } from '@greenhouse/common/runes';
import { HsmSecret, Signer } from '@greenhouse/signer';
import { runSigner } from '../services/signer/src/run-loop.ts';
import { SchedulerFixture } from '../services/scheduler/test/support/scheduler-fixture.ts';
import { freePort } from './support/free-port.ts';
import { registerSigner } from './support/register-signer.ts';
import { closeNodeClient, nodeClient, startGatewayProcess, unaryCall as call, type GatewayProcess } from './support/gateway-process.ts';

// in-gateway (the default): the native helpers hand lightningd's hsmd and plugin to the gateway;
// process: Greenlight's layout, the hsmd proxy and the events plugin as Node.js processes.
describe.each(['in-gateway', 'process'] as const)('node gateway end to end (lightningd test double, --hsmd-proxy=%s)', (mode) => {
  let scheduler: SchedulerFixture;
  let gateway: GatewayProcess;
  let signer: Signer;
  let device: DeviceCredentials;
  const abort = new AbortController();
  let running: Promise<void> | undefined;

  beforeAll(async () => {
    scheduler = await SchedulerFixture.start();
    gateway = await startGatewayProcess(scheduler.dataDir, scheduler.scheduler.grpcUri, undefined, [`--hsmd-proxy=${mode}`]);
    signer = new Signer({ secret: HsmSecret.fromBytes(new Uint8Array(32).fill(7)), network: 'regtest' });
    device = await registerSigner(scheduler, signer);
  }, 90_000);

  afterAll(async () => {
    abort.abort();
    await running?.catch(() => undefined);
    if (gateway && gateway.child.exitCode === null) {
      const exited = new Promise((resolve) => gateway.child.once('exit', resolve));
      gateway.child.kill('SIGTERM');
      await exited;
    }
    await scheduler?.stop();
  }, 60_000);

  it('Schedule returns the gateway; the signer attaches; Getinfo and a signed Invoice work; NOBODY is refused', async () => {
    const caPem = await scheduler.caPem();
    const client = new SchedulerClient(scheduler.scheduler.grpcUri, { caPem, ...device }, 60_000);
    const placed = await client.schedule(signer.nodeId);
    expect(placed.grpc_uri).toBe(gateway.grpcUri);
    client.close();

    const devicePubkey = uncompressedPublicKey(createPrivateKey(device.keyPem));
    const rune = createGreenlightRune(signer.runeMaster, [[`pubkey=${devicePubkey.toString('hex')}`]]);
    const creds = new Credentials(device.certPem, device.keyPem, caPem, rune);
    const logger = createLogger({ name: 'signer', destination: new Writable({ write: (_chunk, _e, done) => done() }) });
    running = runSigner({ signer, creds, schedulerUri: scheduler.scheduler.grpcUri, logger, signal: abort.signal });

    // Every call is signed and carries the device's rune (the gateway refuses others).
    const node = nodeClient(gateway.grpcUri, caPem, device, rune);
    const info = await call(node, 'Getinfo', {});
    expect(Buffer.from(info.id as Buffer).toString('hex')).toBe(signer.nodeId.toString('hex'));
    // Only the process mode bundles the Node.js proxy for lightningd.
    expect(existsSync(path.join(scheduler.dataDir, 'bin', 'hsmd-proxy.mjs'))).toBe(mode === 'process');

    // Invoice: the device signs the raw request; the signer checks it before signing the invoice.
    const definition = loadProtos().definition['cln.Node'] as unknown as ServiceDefinition;
    const request = { amount_msat: { amount: { msat: '1000000' } }, label: 'e2e-1', description: 'greenhouse gateway end to end' };
    const body = definition.Invoice!.requestSerialize(request);
    const timestampMs = BigInt(Date.now());
    const signed = signRequest(device.keyPem, grpcFrame(body), timestampMs);
    const invoice = await call(node, 'Invoice', request, authMetadata({ ...signed, timestampMs, rune }));
    expect(String(invoice.bolt11)).toMatch(/^lnbcrt/);

    // The same call without the device's signature and rune: the gateway refuses it before lightningd sees it.
    const bare = nodeClient(gateway.grpcUri, caPem, device);
    const unsigned = await call(bare, 'Invoice', { ...request, label: 'e2e-2' }).then(() => undefined, (error: ServiceError) => error);
    expect(unsigned).toMatchObject({ code: status.PERMISSION_DENIED, details: expect.stringMatching(/Invoice: the call carries no rune/) });
    closeNodeClient(bare);

    const paths = scheduler.scheduler.ca.paths;
    const { readFile } = await import('node:fs/promises');
    const nobody = nodeClient(gateway.grpcUri, caPem, { certPem: await readFile(paths.nobodyCrt, 'utf8'), keyPem: await readFile(paths.nobodyKey, 'utf8') });
    await expect(call(nobody, 'Getinfo', {})).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    closeNodeClient(nobody);
    closeNodeClient(node);
  }, 120_000);

  it('SIGTERM stops every node and then the gateway, cleanly', async () => {
    const exited = new Promise<number | null>((resolve) => gateway.child.once('exit', (code) => resolve(code)));
    gateway.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(gateway.lines.some((line) => line.includes('shutting down; stopping every node'))).toBe(true);
    // lightningd runs in its own process group: nothing of the node may outlive the gateway.
    const pidFile = path.join(scheduler.dataDir, 'nodes', signer.nodeId.toString('hex'), 'lightningd-regtest.pid');
    if (existsSync(pidFile)) expect(() => process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 0)).toThrow();
    expect(readFileSync(path.join(scheduler.dataDir, 'nodes', signer.nodeId.toString('hex'), 'log'), 'utf8').length).toBeGreaterThan(0);
  }, 60_000);
});

describe('node gateway without lightningd', () => {
  it('answers StartNode with FAILED_PRECONDITION, which Schedule passes on', async () => {
    const scheduler = await SchedulerFixture.start();
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: path.dirname(process.execPath) };
    delete env.LIGHTNINGD;
    const gateway = await startGatewayProcess(scheduler.dataDir, scheduler.scheduler.grpcUri, env);
    try {
      const signer = new Signer({ secret: HsmSecret.fromBytes(new Uint8Array(32).fill(8)), network: 'regtest' });
      const device = await registerSigner(scheduler, signer);
      const client = await scheduler.client(device);
      await expect(client.schedule(signer.nodeId)).rejects.toMatchObject({ code: status.FAILED_PRECONDITION, details: expect.stringMatching(/lightningd not found/) });
    } finally {
      const exited = new Promise((resolve) => gateway.child.once('exit', resolve));
      gateway.child.kill('SIGTERM');
      await exited;
      await scheduler.stop();
    }
  }, 60_000);
});

describe('node gateway and a scheduler restart', () => {
  it('redials the scheduler and says which nodes run here, so Schedule finds the node again', async () => {
    const scheduler = await SchedulerFixture.start({ port: await freePort() });
    const gateway = await startGatewayProcess(scheduler.dataDir, scheduler.scheduler.grpcUri);
    try {
      const signer = new Signer({ secret: HsmSecret.fromBytes(new Uint8Array(32).fill(9)), network: 'regtest' });
      const device = await registerSigner(scheduler, signer);
      expect((await (await scheduler.client(device)).schedule(signer.nodeId)).grpc_uri).toBe(gateway.grpcUri);

      await scheduler.restart();
      // Until the gateway is back, Schedule has no gateway; it redials within its backoff.
      const deadline = Date.now() + 30_000;
      let placed: string | undefined;
      while (!placed && Date.now() < deadline) {
        placed = await (await scheduler.client(device)).getNodeInfo(signer.nodeId).then(
          (info) => info.grpc_uri || undefined,
          () => undefined,
        );
        if (!placed) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(placed).toBe(gateway.grpcUri);
    } finally {
      const exited = new Promise((resolve) => gateway.child.once('exit', resolve));
      gateway.child.kill('SIGTERM');
      await exited;
      await scheduler.stop();
    }
  }, 90_000);
});
