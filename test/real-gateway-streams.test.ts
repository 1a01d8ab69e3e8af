// The gateway's streams with real Core Lightning: a regtest bitcoind, a real scheduler, the gateway
// (in this process) running a real lightningd with the hsmd proxy and the greenhouse-events plugin,
// our Signer attached over its run loop, and a second, stock lightningd as a peer. lightningd loads
// the plugin; StreamLog delivers its log lines; a block mined on bitcoind arrives on
// SubscribeBlockAdded (and its log lines on StreamLog and SubscribeLog); a custom message the stock
// node sends arrives on StreamCustommsg. Runs when LIGHTNINGD and BITCOIND (or both on PATH) exist;
// skips with one line otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrivateKey } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import {
  Client,
  Metadata,
  status,
  type ClientReadableStream,
  type ServiceError,
} from '@grpc/grpc-js';
import { createLogger, uncompressedPublicKey } from '@greenhouse/common';
import { Credentials, type DeviceCredentials } from '@greenhouse/client';
import { createGreenlightRune } from '@greenhouse/common/runes';
import { serviceClient } from './support/gateway-process.ts';
import { HsmSecret, Signer } from '@greenhouse/signer';
import { ClnRpcClient } from '../packages/cln-rpc/src/index.ts';
import { runSigner } from '../services/signer/src/run-loop.ts';
import { startGateway, type RunningGateway } from '../services/node-gateway/src/gateway.ts';
import type { NodeHost } from '../services/node-gateway/src/node-host.ts';
import { NATIVE_EVENTS_PLUGIN_PATH } from '../services/node-gateway/src/handoff/paths.ts';
import { SchedulerFixture } from '../services/scheduler/test/support/scheduler-fixture.ts';
import { bitcoindPath, lightningdPath, skipReason } from './support/real-binaries.ts';
import { registerSigner } from './support/register-signer.ts';
import { RegtestBitcoind } from './support/regtest-bitcoind.ts';
import { StockLightningd } from './support/stock-lightningd.ts';

const lightningd = lightningdPath();
const bitcoind = bitcoindPath();
const skip = skipReason('the real-CLN gateway streams test', [...(lightningd ? [] : ['lightningd']), ...(bitcoind ? [] : ['bitcoind'])]);

const SECRET = Buffer.from('greenhouse-real-gateway-streams!'); // 32 bytes
/** lightningd polls bitcoind every 30 s unless told otherwise: a mined block may take that long to show. */
const BLOCK_WAIT_MS = 75_000;

type Message = Record<string, unknown>;
type AnyClient = Client & Record<string, (...args: unknown[]) => unknown>;

/** A generic client whose calls are signed and carry `rune` (the gateway refuses calls without). */
const client = (service: 'cln.Node' | 'greenlight.Node', uri: string, caPem: string, device: { certPem: string; keyPem: string }, rune: string): AnyClient =>
  serviceClient(service, uri, caPem, device, rune) as unknown as AnyClient;

class OpenStream {
  readonly messages: Message[] = [];
  readonly headers: Promise<void>;
  error: ServiceError | undefined;

  constructor(readonly call: ClientReadableStream<Message>) {
    this.headers = new Promise((resolve, reject) => {
      call.once('metadata', () => resolve());
      call.once('error', reject);
    });
    this.headers.catch(() => undefined);
    call.on('data', (message: Message) => this.messages.push(message));
    call.on('error', (error: ServiceError) => (this.error = error));
  }

  static open(node: AnyClient, method: string): OpenStream {
    return new OpenStream((node[method] as (request: object) => ClientReadableStream<Message>).call(node, {}));
  }

  async next(test: (message: Message) => boolean, what: string, timeoutMs = 30_000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(test);
      if (found) return found;
      if (this.error && this.error.code !== status.CANCELLED) throw new Error(`${what}: the stream ended: ${this.error.details}`);
      if (Date.now() > deadline) throw new Error(`no ${what} on the stream in ${timeoutMs} ms; got ${this.messages.length} messages`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

function unary(node: AnyClient, method: string, request: object): Promise<Message> {
  return new Promise((resolve, reject) =>
    (node[method] as (r: object, m: Metadata, o: object, cb: (e: ServiceError | null, r: Message) => void) => void).call(node, request, new Metadata(), { deadline: Date.now() + 90_000 }, (error, response) =>
      error ? reject(error) : resolve(response),
    ),
  );
}

/** The value of `--name=` among RegtestBitcoind's lightningd options. */
function option(options: string[], name: string): string {
  const found = options.find((o) => o.startsWith(`--${name}=`));
  if (!found) throw new Error(`no --${name}= in ${options.join(' ')}`);
  return found.slice(name.length + 3);
}

describe.skipIf(skip)('gateway streams with a real lightningd', () => {
  const signer = new Signer({ secret: HsmSecret.fromBytes(SECRET), network: 'regtest' });
  const nodeHex = signer.nodeId.toString('hex');
  let dir: string;
  let bitcoin: RegtestBitcoind | undefined;
  let scheduler: SchedulerFixture | undefined;
  let gateway: RunningGateway | undefined;
  let device: DeviceCredentials;
  let cln: AnyClient;
  let gl: AnyClient;
  let stock: StockLightningd | undefined;
  const abort = new AbortController();
  let signerRun: Promise<void> | undefined;
  const host = (): NodeHost => gateway!.nodes.get(nodeHex)!;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gh-real-str-'));
    bitcoin = await RegtestBitcoind.start(bitcoind!, path.join(dir, 'bitcoind'));
    scheduler = await SchedulerFixture.start();
    const bitcoinOptions = bitcoin.lightningdOptions();
    const quiet = () => createLogger({ name: 'test', level: 'info', destination: new Writable({ write: (_chunk, _encoding, done) => done() }) });
    gateway = await startGateway(
      {
        dataDir: scheduler.dataDir,
        schedulerUri: scheduler.scheduler.grpcUri,
        host: '127.0.0.1',
        port: 0,
        gatewayId: 'gateway-real-streams',
        capacity: 10,
        lightningd: lightningd!,
        bitcoind: {
          host: option(bitcoinOptions, 'bitcoin-rpcconnect'),
          port: Number(option(bitcoinOptions, 'bitcoin-rpcport')),
          user: option(bitcoinOptions, 'bitcoin-rpcuser'),
          password: option(bitcoinOptions, 'bitcoin-rpcpassword'),
          bitcoinCli: option(bitcoinOptions, 'bitcoin-cli'),
        },
      },
      quiet(),
    );
    device = await registerSigner(scheduler, signer);
    const caPem = await scheduler.caPem();
    const devicePubkey = uncompressedPublicKey(createPrivateKey(device.keyPem));
    const rune = createGreenlightRune(signer.runeMaster, [[`pubkey=${devicePubkey.toString('hex')}`]]);
    signerRun = runSigner({ signer, creds: new Credentials(device.certPem, device.keyPem, caPem, rune), schedulerUri: scheduler.scheduler.grpcUri, logger: quiet(), signal: abort.signal });
    const scheduling = await scheduler.client(device);
    expect((await scheduling.schedule(signer.nodeId)).grpc_uri).toBe(gateway.grpcUri);
    cln = client('cln.Node', gateway.grpcUri, caPem, device, rune);
    gl = client('greenlight.Node', gateway.grpcUri, caPem, device, rune);
  }, 240_000);

  afterAll(async () => {
    abort.abort();
    await signerRun?.catch(() => undefined);
    if (cln) Client.prototype.close.call(cln);
    if (gl) Client.prototype.close.call(gl);
    await stock?.kill();
    await gateway?.stop();
    await scheduler?.stop();
    await bitcoin?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 120_000);

  it('lightningd loads the events plugin, which hands itself over to the gateway', async () => {
    const { plugins } = await host().rpc!.call<{ plugins: Array<{ name: string; active: boolean }> }>('plugin', { subcommand: 'list' });
    expect(plugins).toContainEqual(expect.objectContaining({ name: NATIVE_EVENTS_PLUGIN_PATH, active: true }));
    const deadline = Date.now() + 10_000;
    while (!host().events?.pluginConnected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(host().events?.pluginConnected).toBe(true);
  });

  it('StreamLog delivers lightningd’s log lines; a mined block arrives on SubscribeBlockAdded, and its lines on StreamLog and SubscribeLog', async () => {
    // lightningd is ready before it has caught up with bitcoind's 101 blocks.
    const deadline = Date.now() + 60_000;
    while (Number((await unary(cln, 'Getinfo', {})).blockheight) < 101 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));

    const log = OpenStream.open(gl, 'StreamLog');
    const blocks = OpenStream.open(cln, 'SubscribeBlockAdded');
    const logs = OpenStream.open(cln, 'SubscribeLog');
    await Promise.all([log.headers, blocks.headers, logs.headers]);
    await log.next((m) => String(m.line).includes('Server started with public key'), 'the startup line from the backlog');

    const address = await bitcoin!.cli('getnewaddress');
    const [hash] = JSON.parse(await bitcoin!.cli('generatetoaddress', '1', address)) as string[];
    const block = await blocks.next((m) => Buffer.from(m.hash as Buffer).toString('hex') === hash, `block ${hash}`, BLOCK_WAIT_MS);
    expect(block.height).toBe(102);
    await log.next((m) => String(m.line).includes(`Adding block 102: ${hash}`), 'the new block’s log line');
    const entry = await logs.next((m) => String(m.log).includes(`Adding block 102: ${hash}`), 'the new block’s log notification');
    expect(entry).toMatchObject({ level: 'DEBUG' });
    for (const stream of [log, blocks, logs]) stream.call.cancel();
  }, 180_000);

  it('a custom message from a stock lightningd peer arrives on StreamCustommsg (custommsg hook) and SubscribeCustomMsg', async () => {
    stock = await StockLightningd.start({ lightningd: lightningd!, lightningDir: path.join(dir, 'stock'), bitcoindOptions: bitcoin!.lightningdOptions(), timeoutMs: 90_000 });
    const deadline = Date.now() + 60_000;
    while (!(await stock.log()).includes('Server started with public key') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    const rpc = new ClnRpcClient({ socketPath: stock.rpcPath });
    try {
      const stockInfo = await rpc.call<{ id: string; binding: { port: number }[] }>('getinfo');
      await unary(cln, 'ConnectPeer', { id: stockInfo.id, host: '127.0.0.1', port: stockInfo.binding[0]!.port });
      const greenlight = OpenStream.open(gl, 'StreamCustommsg');
      const notifications = OpenStream.open(cln, 'SubscribeCustomMsg');
      await Promise.all([greenlight.headers, notifications.headers]);
      // An odd type (0x8001): the receiver may ignore it, so lightningd hands it to plugins.
      await rpc.call('sendcustommsg', { node_id: nodeHex, msg: '8001cafebabe' });
      const message = await greenlight.next(() => true, 'a Custommsg');
      expect(Buffer.from(message.peer_id as Buffer).toString('hex')).toBe(stockInfo.id);
      expect(Buffer.from(message.payload as Buffer).toString('hex')).toBe('8001cafebabe');
      const notification = await notifications.next(() => true, 'a CustomMsgNotification');
      expect(Buffer.from(notification.peer_id as Buffer).toString('hex')).toBe(stockInfo.id);
      greenlight.call.cancel();
      notifications.call.cancel();
    } finally {
      await rpc.close();
    }
  }, 240_000);

  // Paying an invoice of this node needs a channel to it, and opening one needs signer messages that
  // are not implemented yet; the double-based test covers StreamIncoming until then.
  it.todo('an invoice paid by the stock lightningd arrives on StreamIncoming and StreamNodeEvents');
});
