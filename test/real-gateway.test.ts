// Real Core Lightning through the whole of Greenhouse: `pnpm start` as a process (scheduler, node
// gateway, and the regtest bitcoind it runs), our Signer registered and attached over its run loop.
// Register → Schedule → cln.Node/Getinfo reports the signer’s node id → Invoice returns a BOLT11
// signed by that node (through HSM staging and the signer's checks) → ConnectPeer to a stock
// lightningd (the noise handshake's ECDH goes through the signer) → the stack stops and starts again
// on its directory, and the node still has its invoice. Runs when LIGHTNINGD and BITCOIND (or both
// on PATH) exist; skips with one line otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrivateKey } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Metadata, type ClientReadableStream, type ServiceDefinition } from '@grpc/grpc-js';
import { authMetadata, createLogger, grpcFrame, loadProtos, signRequest, uncompressedPublicKey } from '@greenhouse/common';
import { Credentials, SchedulerClient, type DeviceCredentials } from '@greenhouse/client';
import { createGreenlightRune } from '@greenhouse/common/runes';
import { HsmSecret, Signer } from '@greenhouse/signer';
import { ClnRpcClient } from '../packages/cln-rpc/src/index.ts';
import { runSigner } from '../services/signer/src/run-loop.ts';
import { bitcoindPath, lightningdPath, skipReason } from './support/real-binaries.ts';
import { processesUsing, StackProcess, withoutBitcoind, type StackMetadata } from './support/stack-process.ts';
import { registerSigner } from './support/register-signer.ts';
import { closeNodeClient, nodeClient, serviceClient, unaryCall, type NodeClient } from './support/gateway-process.ts';
import { StockLightningd } from './support/stock-lightningd.ts';
import { decodeInvoice } from './support/lightningd-double/bolt11.ts';

const lightningd = lightningdPath();
const bitcoind = bitcoindPath();
const skip = skipReason('the real-CLN gateway test', [...(lightningd ? [] : ['lightningd']), ...(bitcoind ? [] : ['bitcoind'])]);


const SECRET = Buffer.from('greenhouse-real-gateway-node-01!'); // 32 bytes
/** Long enough for a first lightningd start on a busy machine, and for the signer to attach. */
const CALL_DEADLINE_MS = 90_000;

describe.skipIf(skip)('real CLN through pnpm start: Schedule, Getinfo, Invoice, ConnectPeer, restart', () => {
  const signer = new Signer({ secret: HsmSecret.fromBytes(SECRET), network: 'regtest' });
  const nodeHex = signer.nodeId.toString('hex');
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let stack: StackProcess;
  let metadata: StackMetadata;
  let caPem: string;
  let device: DeviceCredentials;
  let rune: string;
  let node: NodeClient | undefined;
  let stock: StockLightningd | undefined;
  let signerRun: { abort: AbortController; running: Promise<void> } | undefined;
  let bolt11: string;
  let gatewayUri: string;

  const quiet = createLogger({ name: 'signer', destination: new Writable({ write: (_chunk, _encoding, done) => done() }) });

  /** The signer's run loop against the stack's scheduler (it follows Schedule to the node's gateway). */
  function attachSigner(): void {
    const abort = new AbortController();
    const creds = new Credentials(device.certPem, device.keyPem, caPem, rune);
    signerRun = { abort, running: runSigner({ signer, creds, schedulerUri: metadata.scheduler_grpc_uri, logger: quiet, signal: abort.signal }) };
  }
  async function detachSigner(): Promise<void> {
    signerRun?.abort.abort();
    await signerRun?.running.catch(() => undefined);
    signerRun = undefined;
  }

  /** Schedule with the device certificate; a cln.Node client for the gateway it names. */
  async function schedule(): Promise<NodeClient> {
    const client = new SchedulerClient(metadata.scheduler_grpc_uri, { caPem, ...device }, CALL_DEADLINE_MS);
    try {
      const placed = await client.schedule(signer.nodeId);
      expect(placed.grpc_uri).toMatch(/^https:\/\/localhost:\d+$/);
      gatewayUri = placed.grpc_uri;
      return nodeClient(placed.grpc_uri, caPem, device, rune);
    } finally {
      client.close();
    }
  }

  const call = (method: string, request: object, metadata = new Metadata()) =>
    unaryCall(node!, method, request, metadata, { deadline: Date.now() + CALL_DEADLINE_MS });

  async function startStack(): Promise<void> {
    stack = await StackProcess.start(dir, { env, timeoutMs: 120_000 });
    metadata = await stack.metadata();
    caPem = await readFile(metadata.ca_crt_path, 'utf8');
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gh-real-gw-'));
    env = { ...withoutBitcoind(), BITCOIND: bitcoind!, LIGHTNINGD: lightningd! };
    await startStack();
    expect(metadata.bitcoind_rpc_uri).toBeDefined(); // the stack's own regtest bitcoind
    const nobody = new SchedulerClient(metadata.scheduler_grpc_uri, {
      caPem,
      certPem: await readFile(metadata.nobody_crt_path, 'utf8'),
      keyPem: await readFile(metadata.nobody_key_path, 'utf8'),
    });
    device = await registerSigner({ nobodyClient: async () => nobody }, signer);
    nobody.close();
    const devicePubkey = uncompressedPublicKey(createPrivateKey(device.keyPem));
    rune = createGreenlightRune(signer.runeMaster, [[`pubkey=${devicePubkey.toString('hex')}`]]);
  }, 180_000);

  afterAll(async () => {
    if (node) closeNodeClient(node);
    await detachSigner();
    await stock?.kill();
    await stack?.stop('SIGTERM');
    // Nothing started on the directory (bitcoind, lightningd, the stock node) may outlive the test.
    const deadline = Date.now() + 30_000;
    while (dir && processesUsing(dir).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    for (const pid of dir ? processesUsing(dir) : []) process.kill(pid, 'SIGKILL');
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 120_000);

  it('Schedule starts the node on the gateway; Getinfo reports the signer’s node id', async () => {
    node = await schedule();
    attachSigner();
    const info = await call('Getinfo', {});
    expect(Buffer.from(info.id as Buffer).toString('hex')).toBe(nodeHex);
    expect(info.network).toBe('regtest');
    // lightningd is ready before it has caught up with the chain; it gets the stack's 101 blocks.
    const deadline = Date.now() + 60_000;
    let height = Number(info.blockheight);
    while (height < 101 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      height = Number((await call('Getinfo', {})).blockheight);
    }
    expect(height).toBe(101);
  }, 180_000);

  it('Invoice returns a BOLT11 whose signature recovers the node id (signed by our Signer through staging)', async () => {
    const definition = loadProtos().definition['cln.Node'] as unknown as ServiceDefinition;
    const request = { amount_msat: { amount: { msat: '21000' } }, label: 'real-gateway-1', description: 'greenhouse real gateway' };
    const timestampMs = BigInt(Date.now());
    const signed = signRequest(device.keyPem, grpcFrame(definition.Invoice!.requestSerialize(request)), timestampMs);
    const invoice = await call('Invoice', request, authMetadata({ ...signed, timestampMs, rune }));
    bolt11 = String(invoice.bolt11);
    expect(bolt11).toMatch(/^lnbcrt210n1/);
    const decoded = decodeInvoice(bolt11);
    expect(decoded.payee).toBe(nodeHex);
    expect(decoded).toMatchObject({ amountMsat: 21_000n, description: 'greenhouse real gateway', paymentHash: Buffer.from(invoice.payment_hash as Buffer).toString('hex') });
  }, 120_000);

  it('ConnectPeer reaches a stock lightningd (the handshake’s ECDH answered by the signer)', async () => {
    // The stock node on the stack's bitcoind; its credentials in a private config file, not its command line.
    const uri = new URL(metadata.bitcoind_rpc_uri!);
    const stockDir = path.join(dir, 'stock');
    await mkdir(stockDir, { recursive: true, mode: 0o700 });
    const conf = path.join(stockDir, 'stock.conf');
    await writeFile(conf, `bitcoin-rpcuser=${uri.username}\nbitcoin-rpcpassword=${uri.password}\n`, { mode: 0o600 });
    stock = await StockLightningd.start({
      lightningd: lightningd!,
      lightningDir: stockDir,
      bitcoindOptions: [
        `--conf=${conf}`,
        `--bitcoin-rpcconnect=${uri.hostname}`,
        `--bitcoin-rpcport=${uri.port}`,
        `--bitcoin-cli=${path.join(path.dirname(bitcoind!), 'bitcoin-cli')}`,
      ],
      timeoutMs: 90_000,
    });
    // lightning-rpc answers before connectd listens: wait for lightningd's "Server started".
    const deadline = Date.now() + 60_000;
    while (!(await stock.log()).includes('Server started with public key') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    const rpc = new ClnRpcClient({ socketPath: stock.rpcPath });
    try {
      const stockInfo = await rpc.call<{ id: string; binding: { port: number }[] }>('getinfo');
      const connected = await call('ConnectPeer', { id: stockInfo.id, host: '127.0.0.1', port: stockInfo.binding[0]!.port });
      expect(Buffer.from(connected.id as Buffer).toString('hex')).toBe(stockInfo.id);
      // ConnectPeer returns once our side is connected; the stock side may take a moment to agree.
      let peers: { id: string; connected: boolean }[] = [];
      const until = Date.now() + 15_000;
      do {
        ({ peers } = await rpc.call<{ peers: { id: string; connected: boolean }[] }>('listpeers', { id: nodeHex }));
        if (peers[0]?.connected) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      } while (Date.now() < until);
      expect(peers).toMatchObject([{ id: nodeHex, connected: true }]);
    } finally {
      await rpc.close();
    }
  }, 180_000);

  it('StreamLog delivers lightningd’s log lines (the startup line of this node, and the peer it just connected)', async () => {
    const gl = serviceClient('greenlight.Node', gatewayUri, caPem, device, rune) as unknown as { StreamLog(request: object): ClientReadableStream<unknown>; close(): void };
    const lines: string[] = [];
    const stream = gl.StreamLog({}) as ClientReadableStream<{ line: string }>;
    stream.on('data', (entry: { line: string }) => lines.push(entry.line));
    stream.on('error', () => undefined); // cancelled below
    try {
      const deadline = Date.now() + 30_000;
      const wanted = [`Server started with public key ${nodeHex}`, 'connectd'];
      while (!wanted.every((text) => lines.some((line) => line.includes(text))) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      expect(lines.find((line) => line.includes(`Server started with public key ${nodeHex}`))).toMatch(/^\S+ INFO +lightningd: Server started/);
      expect(lines.some((line) => line.includes('connectd'))).toBe(true);
    } finally {
      stream.cancel();
      gl.close();
    }
  }, 60_000);

  it('the stack stops and starts again on its directory; the node keeps its data (the invoice is still listed)', async () => {
    closeNodeClient(node!);
    node = undefined;
    await detachSigner();
    expect(await stack.stop('SIGTERM')).toBe(0);
    // The gateway stopped lightningd cleanly before the stack stopped bitcoind.
    const log = await readFile(path.join(dir, 'nodes', nodeHex, 'log'), 'utf8');
    expect(log).toContain('lightningd: JSON-RPC shutdown');
    expect(processesUsing(path.join(dir, 'nodes'))).toEqual([]);

    await startStack();
    node = await schedule();
    attachSigner();
    const info = await call('Getinfo', {});
    expect(Buffer.from(info.id as Buffer).toString('hex')).toBe(nodeHex);
    const listed = await call('ListInvoices', { label: 'real-gateway-1' });
    expect(listed.invoices).toMatchObject([{ label: 'real-gateway-1', bolt11, description: 'greenhouse real gateway' }]);
  }, 240_000);
});
