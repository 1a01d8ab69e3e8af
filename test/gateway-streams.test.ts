// The gateway's streams end to end on a bare machine, over real mTLS sockets: a real scheduler, the
// gateway (in this process, so the test can set its limits and reach a node's lightning-rpc) running
// the lightningd TEST DOUBLE, which runs the real greenhouse-events plugin as lightningd would, and a
// real Signer. The double's test-only methods (dev-double-notify, -log, -custommsg, -pay-invoice) make
// events happen; each stream must carry them to the client as Greenlight's and cln-grpc's would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, createPrivateKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import {
  Client,
  Metadata,
  status,
  type ClientReadableStream,
  type ServiceDefinition,
  type ServiceError,
} from '@grpc/grpc-js';
import { authMetadata, createLogger, grpcFrame, loadProtos, signRequest, uncompressedPublicKey } from '@greenhouse/common';
import { Credentials, type DeviceCredentials } from '@greenhouse/client';
import { createGreenlightRune } from '@greenhouse/common/runes';
import { serviceClient } from './support/gateway-process.ts';
import { HsmSecret, Signer } from '@greenhouse/signer';
import { runSigner } from '../services/signer/src/run-loop.ts';
import { startGateway, type RunningGateway } from '../services/node-gateway/src/gateway.ts';
import type { NodeHost } from '../services/node-gateway/src/node-host.ts';
import { configureRequestOf, GL_CONFIG_FILE, type StoredGlConfig } from '../services/node-gateway/src/node-events/index.ts';
import { SchedulerFixture } from '../services/scheduler/test/support/scheduler-fixture.ts';
import { LIGHTNINGD_DOUBLE_PATH } from './support/lightningd-double/control.ts';
import { registerSigner } from './support/register-signer.ts';

const REGTEST_ADDRESS = 'bcrt1qqqqsyqcyq5rqwzqfpg9scrgwpugpzysnard0ew';
const PEER_ID = '02' + '11'.repeat(32);

type Message = Record<string, unknown>;
type AnyClient = Client & Record<string, (...args: unknown[]) => unknown>;

/** A generic client whose calls are signed and carry `rune` (the gateway refuses calls without). */
const client = (service: 'cln.Node' | 'greenlight.Node', uri: string, caPem: string, device: { certPem: string; keyPem: string }, rune: string): AnyClient =>
  serviceClient(service, uri, caPem, device, rune) as unknown as AnyClient;

/** An open server stream: what it sent, when it was subscribed (headers), and how it ended. */
class OpenStream {
  readonly messages: Message[] = [];
  readonly headers: Promise<void>;
  readonly ended: Promise<{ code: status; details: string }>;

  constructor(readonly call: ClientReadableStream<Message>) {
    this.headers = new Promise((resolve) => call.once('metadata', () => resolve()));
    call.on('data', (message: Message) => this.messages.push(message));
    this.ended = new Promise((resolve) => {
      call.on('error', (error: ServiceError) => resolve({ code: error.code, details: error.details }));
      call.on('status', (end: { code: status; details: string }) => {
        if (end.code === status.OK) resolve(end);
      });
    });
    this.ended.catch(() => undefined);
  }

  static open(node: AnyClient, method: string, request: object = {}, metadata = new Metadata()): OpenStream {
    return new OpenStream((node[method] as (request: object, metadata: Metadata) => ClientReadableStream<Message>).call(node, request, metadata));
  }

  /** Waits for a message matching `test`, doing `poke` every 200 ms meanwhile (for events that may be missed). */
  async next(test: (message: Message) => boolean, what: string, poke?: () => Promise<unknown>): Promise<Message> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const found = this.messages.find(test);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no ${what} on the stream; got ${this.messages.length} messages`);
      await poke?.();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  cancel(): void {
    this.call.cancel();
  }
}

function call(node: AnyClient, method: string, request: object, metadata = new Metadata()): Promise<Message> {
  return new Promise((resolve, reject) =>
    (node[method] as (r: object, m: Metadata, cb: (e: ServiceError | null, r: Message) => void) => void).call(node, request, metadata, (error, response) =>
      error ? reject(error) : resolve(response),
    ),
  );
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function quietLogger() {
  return createLogger({ name: 'gateway', level: 'info', destination: new Writable({ write: (_chunk, _encoding, done) => done() }) });
}

describe('gateway streams (lightningd test double)', () => {
  let scheduler: SchedulerFixture;
  let gateway: RunningGateway;
  let signer: Signer;
  let device: DeviceCredentials;
  let caPem: string;
  let cln: AnyClient;
  let gl: AnyClient;
  let rune: string;
  const abort = new AbortController();
  let running: Promise<void> | undefined;
  const host = (): NodeHost => gateway.nodes.get(signer.nodeId.toString('hex'))!;
  const rpc = (method: string, params: Record<string, unknown>) => host().rpc!.call(method, params);

  /** A device-signed call (glauthpubkey/glauthsig/glts/glrune over the raw request), as gl-client sends it. */
  async function signedCall(node: AnyClient, service: 'cln.Node' | 'greenlight.Node', method: string, request: object): Promise<Message> {
    const definition = loadProtos().definition[service] as unknown as ServiceDefinition;
    const body = definition[method]!.requestSerialize(request);
    const timestampMs = BigInt(Date.now());
    const signed = signRequest(device.keyPem, grpcFrame(body), timestampMs);
    return call(node, method, request, authMetadata({ ...signed, timestampMs, rune }));
  }

  beforeAll(async () => {
    scheduler = await SchedulerFixture.start();
    gateway = await startGateway(
      {
        dataDir: scheduler.dataDir,
        schedulerUri: scheduler.scheduler.grpcUri,
        host: '127.0.0.1',
        port: 0,
        gatewayId: 'gateway-streams',
        capacity: 10,
        bitcoind: { host: '127.0.0.1', port: 18443 },
        lightningd: LIGHTNINGD_DOUBLE_PATH,
        developer: true,
        maxStreamsPerNode: 4,
      },
      quietLogger(),
    );
    signer = new Signer({ secret: HsmSecret.fromBytes(new Uint8Array(32).fill(21)), network: 'regtest' });
    device = await registerSigner(scheduler, signer);
    caPem = await scheduler.caPem();
    expect((await (await scheduler.client(device)).schedule(signer.nodeId)).grpc_uri).toBe(gateway.grpcUri);

    const devicePubkey = uncompressedPublicKey(createPrivateKey(device.keyPem));
    rune = createGreenlightRune(signer.runeMaster, [[`pubkey=${devicePubkey.toString('hex')}`]]);
    const creds = new Credentials(device.certPem, device.keyPem, caPem, rune);
    const logger = createLogger({ name: 'signer', destination: new Writable({ write: (_c, _e, done) => done() }) });
    running = runSigner({ signer, creds, schedulerUri: scheduler.scheduler.grpcUri, logger, signal: abort.signal });
    cln = client('cln.Node', gateway.grpcUri, caPem, device, rune);
    gl = client('greenlight.Node', gateway.grpcUri, caPem, device, rune);
  }, 90_000);

  afterAll(async () => {
    abort.abort();
    await running?.catch(() => undefined);
    // cln.Node has a Close RPC, which shadows the client's own close().
    if (cln) Client.prototype.close.call(cln);
    if (gl) Client.prototype.close.call(gl);
    await gateway?.stop();
    await scheduler?.stop();
  }, 60_000);

  it('StreamLog sends the node’s recent log lines, then each new one', async () => {
    const log = OpenStream.open(gl, 'StreamLog');
    await log.headers;
    await log.next((m) => String(m.line).includes('Server started with public key'), 'the startup line from the backlog');
    await rpc('dev-double-log', { text: 'a line written while streaming' });
    const line = await log.next((m) => String(m.line).includes('a line written while streaming'), 'the new line');
    expect(String(line.line)).toMatch(/^\S+ INFO +lightningd: a line written while streaming$/);
    log.cancel();
  });

  it('checks a stream request’s signature like a unary call’s: a signed StreamLog opens, a forged one is UNAUTHENTICATED', async () => {
    const body = (loadProtos().definition['greenlight.Node'] as unknown as ServiceDefinition).StreamLog!.requestSerialize({});
    const timestampMs = BigInt(Date.now());
    const signed = signRequest(device.keyPem, grpcFrame(body), timestampMs);
    const good = OpenStream.open(gl, 'StreamLog', {}, authMetadata({ ...signed, timestampMs, rune }));
    await good.headers;
    good.cancel();
    const forged = OpenStream.open(gl, 'StreamLog', {}, authMetadata({ ...signed, timestampMs: timestampMs + 1n, rune }));
    expect(await forged.ended).toMatchObject({ code: status.UNAUTHENTICATED, details: expect.stringMatching(/glauthsig does not verify/) });
  });

  it('SubscribeBlockAdded: lightningd’s wrapped block_added notification as a BlockAddedNotification', async () => {
    const blocks = OpenStream.open(cln, 'SubscribeBlockAdded');
    await blocks.headers;
    const hash = '0f'.repeat(32);
    await rpc('dev-double-notify', { topic: 'block_added', payload: { hash, height: 123 } });
    const block = await blocks.next(() => true, 'a block');
    expect(block.height).toBe(123);
    expect(Buffer.from(block.hash as Buffer).toString('hex')).toBe(hash);
    blocks.cancel();
  });

  it('SubscribeLog: log notifications, which the plugin forwards only while someone listens', async () => {
    const logs = OpenStream.open(cln, 'SubscribeLog');
    await logs.headers;
    // The plugin hears that the log is wanted just after the headers went out: write until one arrives.
    const entry = await logs.next((m) => m.log === 'logged for SubscribeLog', 'a log notification', () => rpc('dev-double-log', { text: 'logged for SubscribeLog', level: 'unusual' }));
    expect(entry).toMatchObject({ level: 'UNUSUAL', source: 'lightningd' });
    logs.cancel();
  });

  it('custom messages: StreamCustommsg from the custommsg hook, SubscribeCustomMsg from the notification', async () => {
    const greenlight = OpenStream.open(gl, 'StreamCustommsg');
    const notifications = OpenStream.open(cln, 'SubscribeCustomMsg');
    await Promise.all([greenlight.headers, notifications.headers]);
    const answer = (await rpc('dev-double-custommsg', { peer_id: PEER_ID, payload: '8001cafe' })) as { hook_results: unknown[] };
    expect(answer.hook_results).toEqual([{ result: 'continue' }]);
    const message = await greenlight.next(() => true, 'a Custommsg');
    expect(Buffer.from(message.peer_id as Buffer).toString('hex')).toBe(PEER_ID);
    expect(Buffer.from(message.payload as Buffer).toString('hex')).toBe('8001cafe');
    const notification = await notifications.next(() => true, 'a CustomMsgNotification');
    expect(Buffer.from(notification.payload as Buffer).toString('hex')).toBe('8001cafe');
    greenlight.cancel();
    notifications.cancel();
  });

  it('a paid invoice: StreamIncoming, StreamNodeEvents and SubscribeInvoicePayment', async () => {
    const invoice = await signedCall(cln, 'cln.Node', 'Invoice', { amount_msat: { amount: { msat: '250000' } }, label: 'streams-1', description: 'paid while streaming' });
    const incoming = OpenStream.open(gl, 'StreamIncoming');
    const events = OpenStream.open(gl, 'StreamNodeEvents');
    const payments = OpenStream.open(cln, 'SubscribeInvoicePayment');
    await Promise.all([incoming.headers, events.headers, payments.headers]);
    await rpc('dev-double-pay-invoice', { label: 'streams-1' });

    const paid = (await incoming.next(() => true, 'an IncomingPayment')).offchain as Message;
    const preimage = Buffer.from(paid.preimage as Buffer);
    expect(paid).toMatchObject({ label: 'streams-1', bolt11: invoice.bolt11, amount: { millisatoshi: '250000' } });
    expect(preimage).toHaveLength(32);
    expect(Buffer.from(paid.payment_hash as Buffer)).toEqual(createHash('sha256').update(preimage).digest());
    expect(Buffer.from(paid.payment_hash as Buffer)).toEqual(Buffer.from(invoice.payment_hash as Buffer));

    const event = (await events.next(() => true, 'a NodeEvent')).invoice_paid as Message;
    expect(event).toMatchObject({ label: 'streams-1', bolt11: invoice.bolt11, amount_msat: '250000' });
    expect(Buffer.from(event.preimage as Buffer)).toEqual(preimage);

    const notification = await payments.next(() => true, 'an InvoicePaymentNotification');
    expect(notification).toMatchObject({ label: 'streams-1', msat: { msat: '250000' } });
    for (const stream of [incoming, events, payments]) stream.cancel();
  });

  it('Configure stores close_to_addr (with the signed request) and refuses empty or foreign addresses', async () => {
    expect(await signedCall(gl, 'greenlight.Node', 'Configure', { close_to_addr: REGTEST_ADDRESS })).toEqual({});
    const stored = JSON.parse(await readFile(path.join(host().nodeDir, GL_CONFIG_FILE), 'utf8')) as { close_to_addr: string; request?: { uri: string } };
    expect(stored).toMatchObject({ close_to_addr: REGTEST_ADDRESS, request: { uri: '/greenlight.Node/Configure' } });
    // From now on it goes to the signer with every hsmd request (as Greenlight), so it may justify a close.
    expect(host().configureRequest?.uri).toBe('/greenlight.Node/Configure');
    expect(configureRequestOf(stored as StoredGlConfig)).toEqual(host().configureRequest);
    await expect(call(gl, 'Configure', { close_to_addr: '' })).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: expect.stringMatching(/empty/) });
    await expect(call(gl, 'Configure', { close_to_addr: 'bc1qqqqsyqcyq5rqwzqfpg9scrgwpugpzysn4v0345' })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: expect.stringMatching(/regtest Bitcoin address.*another network/),
    });
    // The refusals left the stored configuration alone.
    expect(JSON.parse(await readFile(path.join(host().nodeDir, GL_CONFIG_FILE), 'utf8'))).toMatchObject({ close_to_addr: REGTEST_ADDRESS });
  });

  it('limits a node’s open streams (RESOURCE_EXHAUSTED), and a cancelled stream frees its slot', async () => {
    await until(() => host().streams.size === 0, 'the earlier streams to be released');
    const open = Array.from({ length: 4 }, (_, i) => OpenStream.open(i % 2 ? cln : gl, i % 2 ? 'SubscribeConnect' : 'StreamLog'));
    await Promise.all(open.map((stream) => stream.headers));
    const refused = OpenStream.open(cln, 'SubscribeDisconnect');
    expect(await refused.ended).toMatchObject({ code: status.RESOURCE_EXHAUSTED, details: expect.stringMatching(/already has 4 streams open.*limit is 4/) });
    open[0]!.cancel();
    await until(() => host().streams.size === 3, 'the cancelled stream to be released');
    const again = OpenStream.open(cln, 'SubscribeDisconnect');
    await again.headers;
    for (const stream of [...open.slice(1), again]) stream.cancel();
    await until(() => host().streams.size === 0, 'every stream to be released');
  });

  it('keeps streams open across a lightningd crash and restart: events flow again once its plugin reconnects', async () => {
    const blocks = OpenStream.open(cln, 'SubscribeBlockAdded');
    await blocks.headers;
    const before = host().rpc!;
    await before.call('dev-crash', {}).catch(() => undefined);
    await until(() => host().running && host().rpc !== before, 'the restart');
    await blocks.next((m) => m.height === 777, 'a block after the restart', () => rpc('dev-double-notify', { topic: 'block_added', payload: { hash: '77'.repeat(32), height: 777 } }));
    expect(host().streams.size).toBe(1);
    blocks.cancel();
  }, 60_000);

  it('ends every stream with UNAVAILABLE when the node stops', async () => {
    const log = OpenStream.open(gl, 'StreamLog');
    const blocks = OpenStream.open(cln, 'SubscribeBlockAdded');
    await Promise.all([log.headers, blocks.headers]);
    await host().stop();
    for (const stream of [log, blocks]) {
      expect(await stream.ended).toMatchObject({ code: status.UNAVAILABLE, details: expect.stringMatching(/stopped/) });
    }
  });
});

describe('gateway streams and the idle stop (lightningd test double)', () => {
  it('a stream starts a stopped node and keeps it from idling; once it ends the node idles out', async () => {
    const scheduler = await SchedulerFixture.start();
    const gateway = await startGateway(
      {
        dataDir: scheduler.dataDir,
        schedulerUri: scheduler.scheduler.grpcUri,
        host: '127.0.0.1',
        port: 0,
        gatewayId: 'gateway-idle',
        capacity: 10,
        bitcoind: { host: '127.0.0.1', port: 18443 },
        lightningd: LIGHTNINGD_DOUBLE_PATH,
        idleAfterMs: 1000,
      },
      quietLogger(),
    );
    // No signer attached: the node boots on its startup messages and is idle unless someone streams.
    const signer = new Signer({ secret: HsmSecret.fromBytes(new Uint8Array(32).fill(22)), network: 'regtest' });
    const device = await registerSigner(scheduler, signer);
    const deviceRune = createGreenlightRune(signer.runeMaster, [[`pubkey=${uncompressedPublicKey(createPrivateKey(device.keyPem)).toString('hex')}`]]);
    const gl = client('greenlight.Node', gateway.grpcUri, await scheduler.caPem(), device, deviceRune);
    try {
      await (await scheduler.client(device)).schedule(signer.nodeId);
      const host = gateway.nodes.get(signer.nodeId.toString('hex'))!;
      await until(() => !host.running, 'the idle stop');

      const log = OpenStream.open(gl, 'StreamLog');
      await log.headers;
      expect(host.running).toBe(true);
      await log.next((m) => String(m.line).includes('Server started'), 'the startup line');
      await new Promise((resolve) => setTimeout(resolve, 3000)); // three idle periods
      expect(host.running).toBe(true);
      expect(host.isIdle()).toBe(false);

      log.cancel();
      await until(() => !host.running, 'the idle stop after the stream ended');
    } finally {
      gl.close();
      await gateway.stop();
      await scheduler.stop();
    }
  }, 90_000);
});
