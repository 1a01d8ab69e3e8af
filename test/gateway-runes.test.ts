// Runes at the gateway, for every call (issue 5): a paired device limited to
// `method^list|method^get|method=createinvoice` may list and get, but every attempt to pay, withdraw,
// close or disconnect is refused by the gateway itself; a rune only works on the certificate of the
// device it was issued to; a rune can be narrowed but not widened; only seed holders attach as signer
// without a rune. Real scheduler, the gateway PROCESS with the lightningd TEST DOUBLE, real Signer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { credentials, Metadata, status, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import { createLogger, grpcPackages } from '@greenhouse/common';
import type { Credentials } from '@greenhouse/client';
import { Rune } from '@greenhouse/common/runes';
import { runSigner } from '../services/signer/src/run-loop.ts';
import { SchedulerFixture } from '../services/scheduler/test/support/scheduler-fixture.ts';
import { closeNodeClient, nodeClient, startGatewayProcess, unaryCall, type GatewayProcess, type NodeClient } from './support/gateway-process.ts';
import { clientFor, trustedNode, type TrustedNode } from './support/pairing-parties.ts';
import { deviceSigning } from './support/device-signing.ts';

const SHOP_RESTRICTIONS = 'method^list|method^get|method=createinvoice';
const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected the call to fail'); }, (error: ServiceError) => error);

describe('runes at the gateway (lightningd test double)', () => {
  let scheduler: SchedulerFixture;
  let gateway: GatewayProcess;
  let node: TrustedNode;
  let shop: Credentials;
  const abort = new AbortController();
  let signerRun: Promise<void> | undefined;
  const clients: NodeClient[] = [];

  const client = (device: { certPem: string; keyPem: string }, rune?: string) => {
    const made = nodeClient(gateway.grpcUri, node.creds.caPem, device, rune);
    clients.push(made);
    return made;
  };

  beforeAll(async () => {
    scheduler = await SchedulerFixture.start();
    gateway = await startGatewayProcess(scheduler.dataDir, scheduler.scheduler.grpcUri);
    node = await trustedNode(scheduler, 31);
    expect((await clientFor(scheduler.scheduler.grpcUri, node.creds, 60_000).schedule(node.signer.nodeId)).grpc_uri).toBe(gateway.grpcUri);
    // The node's signer: attached to the node through the gateway, and to the scheduler for pairing approvals.
    const logger = createLogger({ name: 'signer', destination: new Writable({ write: (_c, _e, done) => done() }) });
    signerRun = runSigner({ signer: node.signer, creds: node.creds, schedulerUri: scheduler.scheduler.grpcUri, logger, signal: abort.signal });

    const pending = await (await scheduler.nobodyClient()).requestPairing({ name: 'Shop terminal', restrictions: SHOP_RESTRICTIONS });
    const trusted = clientFor(scheduler.scheduler.grpcUri, node.creds);
    await trusted.approvePairing(await trusted.getPairingData(pending.deviceId), node.creds);
    shop = (await pending.result).credentials;
    trusted.close();
  }, 120_000);

  afterAll(async () => {
    for (const made of clients) closeNodeClient(made);
    abort.abort();
    await signerRun?.catch(() => undefined);
    await gateway?.stop();
    await scheduler?.stop();
  }, 60_000);

  it('lets the restricted device get, list and create invoices', async () => {
    const terminal = client(shop, shop.rune);
    const info = await unaryCall(terminal, 'Getinfo', {});
    expect(Buffer.from(info.id as Buffer).equals(node.signer.nodeId)).toBe(true);
    // ListFunds passes the gateway (whatever the test double then answers, it is not the rune's refusal).
    const listed = await unaryCall(terminal, 'ListFunds', {}).then(() => undefined, (error: ServiceError) => error);
    expect(listed?.code).not.toBe(status.PERMISSION_DENIED);
    const invoice = await unaryCall(terminal, 'Invoice', { amount_msat: { amount: { msat: '1000' } }, label: 'shop-1', description: 'coffee' }).then(
      () => undefined,
      (error: ServiceError) => error,
    );
    // `invoice` is not `createinvoice`: refused, and the message names the restriction.
    expect(invoice).toMatchObject({ code: status.PERMISSION_DENIED, details: expect.stringContaining(SHOP_RESTRICTIONS) });
  }, 60_000);

  it('refuses Pay, Withdraw, Close and Disconnect at the gateway, naming the restriction', async () => {
    const terminal = client(shop, shop.rune);
    const peer = Buffer.from('02' + '11'.repeat(32), 'hex');
    const attempts: [string, object][] = [
      ['Pay', { bolt11: 'lnbcrt1' }],
      ['Withdraw', { destination: 'bcrt1qxyz', satoshi: { all: true } }],
      ['Close', { id: peer.toString('hex') }],
      ['Disconnect', { id: peer }],
    ];
    for (const [method, request] of attempts) {
      const error = await failure(unaryCall(terminal, method, request));
      expect(error.code, method).toBe(status.PERMISSION_DENIED);
      expect(error.details, method).toMatch(new RegExp(`^/cln\\.Node/${method}: the rune does not allow this call: method\\^list\\|method\\^get\\|method=createinvoice: `));
    }
  }, 60_000);

  it('refuses a rune on another device’s certificate, both ways', async () => {
    const stolenByShop = await failure(unaryCall(client(shop, node.creds.rune), 'Getinfo', {}));
    expect(stolenByShop).toMatchObject({ code: status.PERMISSION_DENIED, details: expect.stringMatching(/the rune is not the one issued to this device/) });
    const shopRuneOnTrusted = await failure(unaryCall(client(node.creds, shop.rune), 'Getinfo', {}));
    expect(shopRuneOnTrusted).toMatchObject({ code: status.PERMISSION_DENIED, details: expect.stringMatching(/the rune is not the one issued to this device/) });
  }, 60_000);

  it('accepts a narrowed rune and enforces what it added; refuses a call without any rune', async () => {
    const narrowed = Rune.fromBase64(node.creds.rune).withRestrictions(['method=getinfo']).toBase64();
    const readOnly = client(node.creds, narrowed);
    await unaryCall(readOnly, 'Getinfo', {});
    const refused = await failure(unaryCall(readOnly, 'ListFunds', {}));
    expect(refused).toMatchObject({ code: status.PERMISSION_DENIED, details: expect.stringMatching(/the rune does not allow this call: method=getinfo: method is "listfunds"$/) });
    const bare = await failure(unaryCall(client(node.creds), 'Getinfo', {}));
    expect(bare).toMatchObject({ code: status.PERMISSION_DENIED, details: expect.stringMatching(/carries no rune/) });
  }, 60_000);

  it('does not let a paired device attach as the node’s signer', async () => {
    const attach = (device: Credentials, signed: boolean) =>
      new Promise<ServiceError>((resolve) => {
        const gl = new (grpcPackages().greenlight.Node)(gateway.grpcUri.replace(/^https:\/\//, ''), credentials.createSsl(Buffer.from(device.caPem), Buffer.from(device.keyPem), Buffer.from(device.certPem)), {
          ...(signed && { interceptors: [deviceSigning(device.keyPem, device.rune)] }),
        });
        const stream = gl.StreamHsmRequests({}, new Metadata()) as ClientReadableStream<unknown>;
        stream.on('error', (error: ServiceError) => {
          gl.close();
          resolve(error);
        });
      });
    expect(await attach(shop, true)).toMatchObject({ code: status.PERMISSION_DENIED, details: expect.stringMatching(/StreamHsmRequests: the rune does not allow this call/) });
    expect(await attach(shop, false)).toMatchObject({ code: status.PERMISSION_DENIED, details: expect.stringMatching(/carries no rune/) });
  }, 60_000);
});
