// What the node gateway refuses, and how a node with nobody using it stops and comes back: a real
// scheduler, the gateway PROCESS running the lightningd TEST DOUBLE (real hsmd proxy), a real Signer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createPrivateKey } from 'node:crypto';
import { Metadata, status, type ServiceDefinition, type ServiceError } from '@grpc/grpc-js';
import {
  authMetadata,
  createChildIdentity,
  createLogger,
  createRootIdentity,
  grpcFrame,
  loadProtos,
  newKeyPair,
  signRequest,
  toPem,
  uncompressedPublicKey,
} from '@greenhouse/common';
import { Credentials, type DeviceCredentials } from '@greenhouse/client';
import { createGreenlightRune } from '@greenhouse/common/runes';
import { HsmSecret, Signer } from '@greenhouse/signer';
import { runSigner } from '../services/signer/src/run-loop.ts';
import { SchedulerFixture } from '../services/scheduler/test/support/scheduler-fixture.ts';
import { registerSigner } from './support/register-signer.ts';
import { closeNodeClient, nodeClient, startGatewayProcess, unaryCall, type GatewayProcess, type NodeClient } from './support/gateway-process.ts';

const cln = () => loadProtos().definition['cln.Node'] as unknown as ServiceDefinition;
const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected the call to fail'); }, (error: ServiceError) => error);
const quiet = () => createLogger({ name: 'signer', destination: new Writable({ write: (_chunk, _e, done) => done() }) });

describe('node gateway refusals and idle stop (lightningd test double)', () => {
  let scheduler: SchedulerFixture;
  let gateway: GatewayProcess;
  let signer: Signer;
  let device: DeviceCredentials;
  let caPem: string;
  let rune: string;
  let node: NodeClient;
  let signerRun: { abort: AbortController; done: Promise<void> } | undefined;
  const nodeDir = () => path.join(scheduler.dataDir, 'nodes', signer.nodeId.toString('hex'));

  /** A cln.Node/Invoice request and the headers of the device's signature over it. */
  const signedInvoice = (label: string, description = 'refusals test') => {
    const request = { amount_msat: { amount: { msat: '5000' } }, label, description };
    const timestampMs = BigInt(Date.now());
    const signed = signRequest(device.keyPem, grpcFrame(cln().Invoice!.requestSerialize(request)), timestampMs);
    return { request, metadata: authMetadata({ ...signed, timestampMs, rune }) };
  };
  const attachSigner = () => {
    const abort = new AbortController();
    const creds = new Credentials(device.certPem, device.keyPem, caPem, rune);
    signerRun = { abort, done: runSigner({ signer, creds, schedulerUri: scheduler.scheduler.grpcUri, logger: quiet(), signal: abort.signal }) };
  };
  const detachSigner = async () => {
    signerRun?.abort.abort();
    await signerRun?.done.catch(() => undefined);
    signerRun = undefined;
  };

  beforeAll(async () => {
    scheduler = await SchedulerFixture.start();
    gateway = await startGatewayProcess(scheduler.dataDir, scheduler.scheduler.grpcUri, undefined, ['--idle-stop', '2', '--max-calls-per-node', '2']);
    signer = new Signer({ secret: HsmSecret.fromBytes(new Uint8Array(32).fill(11)), network: 'regtest' });
    device = await registerSigner(scheduler, signer);
    caPem = await scheduler.caPem();
    rune = createGreenlightRune(signer.runeMaster, [[`pubkey=${uncompressedPublicKey(createPrivateKey(device.keyPem)).toString('hex')}`]]);
    const placed = await (await scheduler.client(device)).schedule(signer.nodeId);
    expect(placed.grpc_uri).toBe(gateway.grpcUri);
    node = nodeClient(gateway.grpcUri, caPem, device, rune);
  }, 90_000);

  afterAll(async () => {
    await detachSigner();
    if (node) closeNodeClient(node);
    await gateway?.stop();
    await scheduler?.stop();
  }, 60_000);

  it('answers a call that needs the signer, with none attached, before the deadline and says so', async () => {
    const { request, metadata } = signedInvoice('no-signer-1');
    const started = Date.now();
    const error = await failure(unaryCall(node, 'Invoice', request, metadata, { deadline: Date.now() + 3000 }));
    expect(error.code).toBe(status.DEADLINE_EXCEEDED);
    expect(error.details).toMatch(/Invoice: node [0-9a-f]{66} is waiting for its signer, and no signer is attached .*start the signer/);
    expect(Date.now() - started).toBeLessThan(3000);
  }, 30_000);

  it('refuses calls beyond the per-node limit with RESOURCE_EXHAUSTED; the waiting ones finish once a signer attaches', async () => {
    // The invoice above still occupies lightningd (it waits for a signature); one more fills the limit of 2.
    const { request, metadata } = signedInvoice('no-signer-2');
    const second = unaryCall(node, 'Invoice', request, metadata, { deadline: Date.now() + 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const refused = await failure(unaryCall(node, 'Getinfo', {}));
    expect(refused.code).toBe(status.RESOURCE_EXHAUSTED);
    expect(refused.details).toMatch(/already has 2 calls in flight/);

    attachSigner();
    expect(String((await second).bolt11)).toMatch(/^lnbcrt/);
    const info = await unaryCall(node, 'Getinfo', {});
    expect(Buffer.from(info.id as Buffer).equals(signer.nodeId)).toBe(true);
  }, 60_000);

  it('refuses a request signature that does not verify, that is not by the TLS key, or that is incomplete, with UNAUTHENTICATED', async () => {
    const { request, metadata } = signedInvoice('bad-signature');
    const tampered = await failure(unaryCall(node, 'Invoice', { ...request, description: 'not what was signed' }, metadata));
    expect(tampered.code).toBe(status.UNAUTHENTICATED);
    expect(tampered.details).toMatch(/glauthsig does not verify/);

    const stranger = newKeyPair();
    const timestampMs = BigInt(Date.now());
    const byStranger = signRequest(stranger.privateKey, grpcFrame(cln().Invoice!.requestSerialize(request)), timestampMs);
    const foreignKey = await failure(unaryCall(node, 'Invoice', request, authMetadata({ ...byStranger, timestampMs, rune })));
    expect(foreignKey.code).toBe(status.UNAUTHENTICATED);
    expect(foreignKey.details).toMatch(/glauthpubkey is not the public key of the TLS client certificate/);

    const partial = new Metadata();
    partial.set('glauthpubkey', metadata.get('glauthpubkey')[0]!);
    const incomplete = await failure(unaryCall(node, 'Getinfo', {}, partial));
    expect(incomplete.code).toBe(status.UNAUTHENTICATED);
    expect(incomplete.details).toMatch(/incomplete or malformed/);
  }, 30_000);

  it('passes on the signer’s refusal as PERMISSION_DENIED with its reason (a stale signed Invoice)', async () => {
    // The gateway checks the signature and the rune; the signer also checks the call's age and refuses.
    const request = { amount_msat: { amount: { msat: '5000' } }, label: 'stale', description: 'refusals test' };
    const timestampMs = BigInt(Date.now() - 60 * 60 * 1000);
    const signed = signRequest(device.keyPem, grpcFrame(cln().Invoice!.requestSerialize(request)), timestampMs);
    const error = await failure(unaryCall(node, 'Invoice', request, authMetadata({ ...signed, timestampMs, rune }), { deadline: Date.now() + 30_000 }));
    expect(error.code).toBe(status.PERMISSION_DENIED);
    expect(error.details).toMatch(/^\/cln\.Node\/Invoice: the node's signer refused hsmd_sign_invoice \(8\) for this call: .*the call was signed 3600 s ago, outside the 300 s window\)$/);
    // lightningd died with its hsmd and the gateway restarts it: calls meanwhile get UNAVAILABLE
    // (retry), then work again.
    let info: Record<string, unknown> | undefined;
    for (let attempt = 0; !info && attempt < 50; attempt += 1) {
      info = await unaryCall(node, 'Getinfo', {}, new Metadata(), { deadline: Date.now() + 60_000 }).catch((error: ServiceError) => {
        expect(error.code).toBe(status.UNAVAILABLE);
        return new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 200));
      });
    }
    expect(Buffer.from(info!.id as Buffer).equals(signer.nodeId)).toBe(true);
  }, 90_000);

  it('refuses a request above 4,000,000 bytes with INVALID_ARGUMENT', async () => {
    const error = await failure(unaryCall(node, 'Invoice', { amount_msat: { amount: { msat: '1' } }, label: 'big', description: 'x'.repeat(4_000_100) }));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toMatch(/^\/cln\.Node\/Invoice: payload too large: 40001\d\d bytes; a request may carry at most 4,000,000 bytes$/);
  }, 30_000);

  it('fails the TLS handshake for a certificate from a foreign CA', async () => {
    const root = await createRootIdentity('GL /');
    const users = createChildIdentity(root, 'GL /users', { isCa: true });
    const impostor = toPem(createChildIdentity(createChildIdentity(users, `GL /users/${signer.nodeId.toString('hex')}`, { isCa: true }), `GL /users/${signer.nodeId.toString('hex')}/default`, { isCa: false }));
    const client = nodeClient(gateway.grpcUri, caPem, { certPem: impostor.chainPem, keyPem: impostor.keyPem });
    const error = await failure(unaryCall(client, 'Getinfo', {}, new Metadata(), { deadline: Date.now() + 5000 }));
    expect(error.code).toBe(status.UNAVAILABLE);
    closeNodeClient(client);
  }, 30_000);

  it('answers a device whose node is not hosted here with NOT_FOUND', async () => {
    const other = new Signer({ secret: HsmSecret.fromBytes(new Uint8Array(32).fill(12)), network: 'regtest' });
    const otherDevice = await registerSigner(scheduler, other);
    const client = nodeClient(gateway.grpcUri, caPem, otherDevice);
    const error = await failure(unaryCall(client, 'Getinfo', {}));
    expect(error.code).toBe(status.NOT_FOUND);
    expect(error.details).toMatch(/not running on this gateway; ask the scheduler/);
    closeNodeClient(client);
  }, 30_000);

  it('stops the node once nobody uses it, tells the scheduler, and the next call starts it again', async () => {
    await detachSigner();
    const pidFile = path.join(nodeDir(), 'lightningd-regtest.pid');
    const schedulerClient = await scheduler.client(device);
    const deadline = Date.now() + 20_000;
    let location = 'running';
    while (Date.now() < deadline) {
      location = (await schedulerClient.getNodeInfo(signer.nodeId)).grpc_uri;
      if (location === '' && !existsSync(pidFile)) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(location).toBe('');
    expect(existsSync(pidFile)).toBe(false);
    expect(gateway.lines.some((line) => line.includes('stopping lightningd: idle'))).toBe(true);

    const info = await unaryCall(node, 'Getinfo', {});
    expect(Buffer.from(info.id as Buffer).equals(signer.nodeId)).toBe(true);
    expect((await schedulerClient.getNodeInfo(signer.nodeId)).grpc_uri).toBe(gateway.grpcUri);
    schedulerClient.close();
  }, 60_000);
});
