// bench/payments: payments per second over one channel between a Greenhouse node and a stock CLN
// node, next to the same between two stock CLN nodes — same run, same bitcoind, rows interleaved.
//
// Greenhouse: `pnpm start` (scheduler, node gateway with real lightningd and the hsmd proxy, regtest
// bitcoind) as a user runs it; a node registered for a fresh seed, its signer in its own process (the
// real signer loop, not permissive: bench/payments/signer-process.ts), every gateway call device-signed
// and carrying the device's rune. Stock: three lightningd with the gateway's own options for a node
// minus the hsmd proxy and the gateway's plugin (bench/support/stock-lightningd.ts): P, the Greenhouse
// node's peer, and the pair A–B. The Greenhouse node funds its channel to P, A funds A–B; both
// channels are then balanced (half pushed across), so each side can pay.
//
// One payment: the payee's invoice (made beforehand, not timed), then the payer's `sendpay` with a
// one-hop route over the channel and `waitsendpay` until it is complete: the channel's path (HTLC
// offered, commitments signed and revoked both ways, preimage back), without route finding. The
// Greenhouse node pays through `cln.Node/SendPay` + `cln.Node/WaitSendPay` on the gateway; stock
// nodes through `sendpay` + `waitsendpay` on their rpc socket. Rows:
//   Greenhouse → stock, stock → Greenhouse (receiving needs our signer's commitment signatures too),
//   stock A → stock B, stock B → stock A (A funded its channel as the Greenhouse node did its own),
//   and (no longer run: see DIRECT_ROW) Greenhouse → stock with sendpay on the Greenhouse lightningd's
//   own rpc socket (no gateway, no client gRPC): what the signer path costs without the client's call path.
// Sequentially (one payment at a time) and with several in flight, each in blocks, blocks of all rows
// interleaved; after each block the bench waits (untimed) for the channel to settle, so every block
// starts from a quiet channel and the work a block leaves behind is counted with it (CPU, hsmd requests).
//
// Without LIGHTNINGD/BITCOIND (or lightningd/bitcoind on PATH) it prints one line and exits 0.
// `--payments=N` (per row and mode, default 200), `--in-flight=N` (default 4), `--quick` (30), `--keep`,
// `--profile=DIR` (V8 CPU profiles of the signer and the gateway; slows them down).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { SchedulerClient, type DeviceCredentials } from '@greenhouse/client';
import { ClnRpcClient } from '../../packages/cln-rpc/src/index.ts';
import { readLightningdVersion } from '../../services/node-gateway/src/hsmd-proxy/index.ts';
import { HsmSecret, Signer } from '../../services/signer/src/index.ts';
import { bitcoindPath, lightningdPath } from '../../test/support/real-binaries.ts';
import { closeNodeClient, nodeClient, unaryCall, type NodeClient } from '../../test/support/gateway-process.ts';
import { registerSigner } from '../../test/support/register-signer.ts';
import { processesUsing, StackProcess, withoutBitcoind, type StackMetadata } from '../../test/support/stack-process.ts';
import { measureInterleavedAsync, type AsyncTask } from '../support/async-interleave.ts';
import { cpuMs, threadCpuMs } from '../support/cpu-time.ts';
import { listProcesses, type ProcessInfo } from '../support/process-tree.ts';
import { deviceRune, stopChild } from '../support/stack.ts';
import { row, type Measurement } from '../support/stats.ts';
import { startStockNode, type StockNode } from '../support/stock-lightningd.ts';
import type { PaymentsSignerConfig, PhaseTally, SignerMessage, SignerReply } from './signer-process.ts';

const QUICK = process.argv.includes('--quick');
/**
 * The row paying from the Greenhouse lightningd's own rpc socket: since the signer's payment rule
 * covers outgoing HTLCs (5cf89b8), a payment no device-signed call names is refused, as it should
 * be, so that row cannot run against a real signer. Kept for a permissive comparison only.
 */
const DIRECT_ROW = false;
const KEEP = process.argv.includes('--keep');
/** `--profile=DIR`: V8 CPU profiles of the signer process and of the gateway into DIR. */
const PROFILE_DIR = process.argv.find((a) => a.startsWith('--profile='))?.slice('--profile='.length);
const numberArg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const PAYMENTS = numberArg('payments', QUICK ? 30 : 200);
const IN_FLIGHT = numberArg('in-flight', 4);
const BLOCK_SEQUENTIAL = 10;
const BLOCK_IN_FLIGHT = 5 * IN_FLIGHT;
const WARMUP = 5;
const SETTLE_MS = 250;
const TARGET = 0.5;
const AMOUNT_MSAT = 2_000_000n; // 2 000 sat: above the dust limit, so every payment is an HTLC output with its own signatures
const CHANNEL_SAT = 4_000_000n;
const BALANCE_PAYMENTS = 4; // × CHANNEL_SAT / 8: half the channel pushed to the other side before measuring
const FUNDS_BTC = 0.05;
const CALL_DEADLINE_MS = 120_000;
/** lightningd polls bitcoind every 30 s: a new block can take that long to be seen. */
const CHAIN_WAIT_MS = 150_000;

const lightningd = lightningdPath();
const bitcoind = bitcoindPath();
if (!lightningd || !bitcoind) {
  const missing = [...(lightningd ? [] : ['lightningd']), ...(bitcoind ? [] : ['bitcoind'])];
  console.log(`bench/payments skipped: ${missing.join(' and ')} not found (set ${missing.map((m) => m.toUpperCase()).join('/')} or put it on PATH)`);
  process.exit(0);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, everyMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** An invoice as the payer needs it for sendpay. */
interface Invoice {
  paymentHash: Buffer;
  paymentSecret: Buffer;
}

/** A payer over one channel: pays one invoice of its peer and resolves when the payment is complete. */
type Pay = (invoice: Invoice) => Promise<void>;

/** The route sendpay takes: the channel to the payee, the payee's final CLTV (+ a margin for a block seen late). */
interface Hop {
  payeeHex: string;
  scid: string;
  delay: number;
}

function stockPayer(node: StockNode, hop: Hop): Pay {
  return async (invoice) => {
    const hash = invoice.paymentHash.toString('hex');
    await node.rpc.call('sendpay', {
      route: [{ id: hop.payeeHex, channel: hop.scid, delay: hop.delay, amount_msat: Number(AMOUNT_MSAT) }],
      payment_hash: hash,
      payment_secret: invoice.paymentSecret.toString('hex'),
      amount_msat: Number(AMOUNT_MSAT),
    });
    const done = await node.rpc.call<{ status: string }>('waitsendpay', { payment_hash: hash, timeout: 60 });
    if (done.status !== 'complete') throw new Error(`${node.name}: waitsendpay ${done.status}`);
  };
}

/** The same on a lightningd rpc socket that is not a StockNode (the Greenhouse node's own). */
function rpcPayer(name: string, rpc: ClnRpcClient, hop: Hop): Pay {
  return stockPayer({ name, rpc } as StockNode, hop);
}

async function stockInvoice(node: StockNode, label: string): Promise<Invoice> {
  const made = await node.rpc.call<{ payment_hash: string; payment_secret: string }>('invoice', { amount_msat: Number(AMOUNT_MSAT), label, description: label });
  return { paymentHash: Buffer.from(made.payment_hash, 'hex'), paymentSecret: Buffer.from(made.payment_secret, 'hex') };
}

/** CPU of groups of processes (all threads), read before a block and after it has settled. */
class CpuGroups {
  private readonly sums = new Map<string, Map<string, number>>();
  private before = new Map<string, number>();

  /** A group is its pids (all their threads), or a function reading its CPU ms. */
  constructor(private readonly groups: Record<string, number[] | (() => number)>) {}

  private read(): Map<string, number> {
    const values = new Map<string, number>();
    for (const [name, group] of Object.entries(this.groups)) {
      values.set(name, typeof group === 'function' ? group() : group.reduce((sum, pid) => sum + (cpuMs(pid) ?? 0), 0));
    }
    return values;
  }

  start(): void {
    this.before = this.read();
  }

  stop(task: string): void {
    const after = this.read();
    const sums = this.sums.get(task) ?? new Map<string, number>();
    for (const [name, value] of after) sums.set(name, (sums.get(name) ?? 0) + value - (this.before.get(name) ?? value));
    this.sums.set(task, sums);
  }

  perPayment(task: string, payments: number, group: string): number {
    return (this.sums.get(task)?.get(group) ?? 0) / payments;
  }
}

/** lightningd, its channeld, connectd, hsmd (or the proxy) and the rest (gossipd, plugins) as CPU groups. */
function lightningdGroups(prefix: string, lightningdPid: number, processes: ProcessInfo[]): Record<string, number[]> {
  const children = processes.filter((p) => p.ppid === lightningdPid);
  const is = (p: ProcessInfo, kind: string) =>
    kind === 'hsmd' ? p.comm === 'lightning_hsmd' || p.argv.some((a) => a.endsWith('hsmd-proxy.mjs')) : p.comm.startsWith(`lightning_${kind.slice(0, 5)}`);
  const of = (kind: string) => children.filter((p) => is(p, kind)).map((p) => p.pid);
  const named = new Set([...of('channeld'), ...of('connectd'), ...of('hsmd')]);
  // Plugins run their own children now and then (bcli → bitcoin-cli): counted while they live, if at all.
  return {
    [`${prefix}.lightningd`]: [lightningdPid],
    [`${prefix}.channeld`]: of('channeld'),
    [`${prefix}.connectd`]: of('connectd'),
    [`${prefix}.hsmd`]: of('hsmd'),
    [`${prefix}.other`]: children.filter((p) => !named.has(p.pid)).map((p) => p.pid),
  };
}

/**
 * With --profile: the environment that makes the gateway (under pnpm start) and the signer process
 * profile themselves (bench/support/cpu-profile-hook.mjs; --cpu-prof is not allowed in NODE_OPTIONS).
 * lightningd hands its subdaemons and plugins a reduced environment: the hsmd proxy is not profiled.
 */
function profiling(): NodeJS.ProcessEnv {
  if (!PROFILE_DIR) return {};
  return {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${path.join(import.meta.dirname, '../support/cpu-profile-hook.mjs')}`.trim(),
    GREENHOUSE_BENCH_PROFILE_DIR: path.resolve(PROFILE_DIR),
    GREENHOUSE_BENCH_PROFILE_MATCH: 'node-gateway/src/main.ts,payments/signer-process.ts',
  };
}

/** A child with an IPC channel (the signer), under the same loader as this process; stdin is its lifeline. */
function spawnWithIpc(script: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [...process.execArgv, script, ...args], { stdio: ['pipe', 'inherit', 'inherit', 'ipc'], env: { ...process.env, ...profiling() } });
}

function ask(child: ChildProcess, message: SignerMessage): Promise<SignerReply> {
  return new Promise((resolve) => {
    const expected = message.kind === 'phase' ? 'phase-set' : 'report';
    const onMessage = (reply: SignerReply) => {
      if (reply.kind !== expected) return;
      child.off('message', onMessage);
      resolve(reply);
    };
    child.on('message', onMessage);
    child.send(message);
  });
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'gh-bench-pay-'));
  const loadAtStart = os.loadavg();
  const version = await readLightningdVersion(lightningd!);
  const cleanup: Array<() => Promise<unknown>> = [];
  const closing: Array<() => Promise<unknown>> = [];
  try {
    // ---- the Greenhouse stack, as `pnpm start` ----
    log('starting the stack (pnpm start)');
    const stack = await StackProcess.start(dir, { env: { ...withoutBitcoind(), BITCOIND: bitcoind!, LIGHTNINGD: lightningd!, ...profiling() }, timeoutMs: 120_000 });
    cleanup.push(() => stack.stop('SIGTERM'));
    const metadata: StackMetadata = await stack.metadata();
    const caPem = await readFile(metadata.ca_crt_path, 'utf8');
    const bitcoinUri = new URL(metadata.bitcoind_rpc_uri!);

    const seed = Buffer.from(secp256k1.utils.randomSecretKey());
    const signer = new Signer({ secret: HsmSecret.fromBytes(seed), network: 'regtest' });
    const nodeHex = signer.nodeId.toString('hex');
    const nobody = new SchedulerClient(metadata.scheduler_grpc_uri, {
      caPem,
      certPem: await readFile(metadata.nobody_crt_path, 'utf8'),
      keyPem: await readFile(metadata.nobody_key_path, 'utf8'),
    });
    const device: DeviceCredentials = await registerSigner({ nobodyClient: async () => nobody }, signer);
    nobody.close();
    const rune = deviceRune(signer, device);
    const scheduler = new SchedulerClient(metadata.scheduler_grpc_uri, { caPem, ...device }, CALL_DEADLINE_MS);
    const placed = await scheduler.schedule(signer.nodeId);
    scheduler.close();
    const signerChild = spawnWithIpc(path.join(import.meta.dirname, 'signer-process.ts'), [
      JSON.stringify({ caPem, ...device, schedulerUri: metadata.scheduler_grpc_uri, seedHex: seed.toString('hex'), rune } satisfies PaymentsSignerConfig),
    ]);
    cleanup.push(() => stopChild(signerChild));
    const node: NodeClient = nodeClient(placed.grpc_uri, caPem, device, rune);
    closing.push(async () => closeNodeClient(node));
    const gh = (method: string, request: object) => unaryCall(node, method, request, undefined, { deadline: Date.now() + CALL_DEADLINE_MS });

    // ---- three stock nodes on the stack's bitcoind ----
    log('starting three stock lightningd');
    const bitcoindConnection = {
      host: bitcoinUri.hostname,
      port: Number(bitcoinUri.port),
      user: decodeURIComponent(bitcoinUri.username),
      password: decodeURIComponent(bitcoinUri.password),
      bitcoinCli: path.join(path.dirname(bitcoind!), 'bitcoin-cli'),
    };
    const [peer, stockA, stockB] = await Promise.all(
      ['peer', 'a', 'b'].map((name) => startStockNode({ name, lightningd: lightningd!, version, nodeDir: path.join(dir, `stock-${name}`), bitcoind: bitcoindConnection })),
    );
    for (const stock of [peer!, stockA!, stockB!]) cleanup.push(() => stock.stop());
    const stocks = { peer: peer!, a: stockA!, b: stockB! };
    const ids: Record<string, string> = {};
    for (const [name, stock] of Object.entries(stocks)) ids[name] = (await stock.rpc.call<{ id: string }>('getinfo')).id;

    const bitcoin = async <T>(method: string, params: unknown[] = []): Promise<T> => {
      const response = await fetch(`http://${bitcoinUri.host}/wallet/greenhouse`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${bitcoindConnection.user}:${bitcoindConnection.password}`).toString('base64')}` },
        body: JSON.stringify({ jsonrpc: '1.0', id: method, method, params }),
      });
      const body = (await response.json()) as { result: T; error: { message: string } | null };
      if (body.error) throw new Error(`bitcoind ${method}: ${body.error.message}`);
      return body.result;
    };
    const mine = async (blocks: number) => bitcoin('generatetoaddress', [blocks, await bitcoin<string>('getnewaddress')]);
    const heights = async () => [
      Number((await gh('Getinfo', {})).blockheight),
      ...(await Promise.all(Object.values(stocks).map(async (s) => (await s.rpc.call<{ blockheight: number }>('getinfo')).blockheight))),
    ];
    const allAt = (height: number) => until(`every node at block ${height}`, async () => ((await heights()).every((h) => h >= height) ? true : undefined), CHAIN_WAIT_MS, 1000);

    log('funding the Greenhouse node and stock A');
    await allAt(101);
    const { bech32: ghAddress } = (await gh('NewAddr', {})) as { bech32: string };
    const { bech32: aAddress } = await stocks.a.rpc.call<{ bech32: string }>('newaddr', { addresstype: 'bech32' });
    await bitcoin('sendtoaddress', [ghAddress, FUNDS_BTC]);
    await bitcoin('sendtoaddress', [aAddress, FUNDS_BTC]);
    let height = await bitcoin<number>('getblockcount');
    await mine(1);
    await allAt(height + 1);
    await until(
      'the funds in both wallets',
      async () => {
        const ours = ((await gh('ListFunds', {})) as { outputs: unknown[] }).outputs.length > 0;
        const theirs = (await stocks.a.rpc.call<{ outputs: { status: string }[] }>('listfunds')).outputs.some((o) => o.status === 'confirmed');
        return ours && theirs ? true : undefined;
      },
      60_000,
    );

    log('opening the channels Greenhouse → peer and A → B');
    await gh('ConnectPeer', { id: ids.peer, host: '127.0.0.1', port: stocks.peer.p2pPort });
    await stocks.a.rpc.call('connect', { id: ids.b, host: '127.0.0.1', port: stocks.b.p2pPort });
    await gh('FundChannel', { id: Buffer.from(ids.peer!, 'hex'), amount: { amount: { msat: String(CHANNEL_SAT * 1000n) } } });
    await stocks.a.rpc.call('fundchannel', { id: ids.b, amount: Number(CHANNEL_SAT) });
    await until('both funding transactions in the mempool', async () => ((await bitcoin<string[]>('getrawmempool')).length >= 2 ? true : undefined), 30_000);
    height = await bitcoin<number>('getblockcount');
    await mine(6);
    await allAt(height + 6);
    const stockChannel = async (from: StockNode, to: string) =>
      (await from.rpc.call<{ channels: { state: string; short_channel_id?: string }[] }>('listpeerchannels', { id: to })).channels[0];
    const scids = await until(
      'CHANNELD_NORMAL on all four sides',
      async () => {
        const ours = ((await gh('ListPeerChannels', { id: Buffer.from(ids.peer!, 'hex') })) as { channels: { state: unknown; short_channel_id?: string }[] }).channels[0];
        const sides = [await stockChannel(stocks.peer, nodeHex), await stockChannel(stocks.a, ids.b!), await stockChannel(stocks.b, ids.a!)];
        if (ours?.state !== 'ChanneldNormal' || sides.some((s) => s?.state !== 'CHANNELD_NORMAL')) return undefined;
        return { gh: ours.short_channel_id!, ab: sides[1]!.short_channel_id! };
      },
      CHAIN_WAIT_MS,
      1000,
    );

    // ---- payers and payees ----
    const finalCltv = async (bolt11: string) => (await stocks.a.rpc.call<{ min_final_cltv_expiry: number }>('decode', { string: bolt11 })).min_final_cltv_expiry + 2;
    const probe = await stocks.peer.rpc.call<{ bolt11: string }>('invoice', { amount_msat: 1000, label: 'cltv-probe', description: 'cltv' });
    const ghProbe = (await gh('Invoice', { amount_msat: { amount: { msat: '1000' } }, label: 'cltv-probe', description: 'cltv' })) as { bolt11: string };
    const stockDelay = await finalCltv(probe.bolt11);
    const ghDelay = await finalCltv(ghProbe.bolt11);

    let labels = 0;
    const ghInvoice = async (): Promise<Invoice> => {
      const made = (await gh('Invoice', { amount_msat: { amount: { msat: String(AMOUNT_MSAT) } }, label: `bench-${labels}`, description: `bench ${labels++}` })) as {
        payment_hash: Buffer;
        payment_secret: Buffer;
      };
      return { paymentHash: Buffer.from(made.payment_hash), paymentSecret: Buffer.from(made.payment_secret) };
    };
    const ghPays: Pay = async (invoice) => {
      const amount = { msat: String(AMOUNT_MSAT) };
      await gh('SendPay', {
        route: [{ id: Buffer.from(ids.peer!, 'hex'), channel: scids.gh, delay: stockDelay, amount_msat: amount }],
        payment_hash: invoice.paymentHash,
        payment_secret: invoice.paymentSecret,
        amount_msat: amount,
      });
      const done = (await gh('WaitSendPay', { payment_hash: invoice.paymentHash, timeout: 60 })) as { status: unknown };
      if (done.status !== 'COMPLETE') throw new Error(`WaitSendPay: ${String(done.status)}`);
    };
    // The Greenhouse lightningd's own rpc socket (its --rpc-file, or the default place).
    const processes = listProcesses();
    const ghLightningd = processes.find((p) => path.basename(p.argv[0] ?? '') === 'lightningd' && p.argv.some((a) => a.startsWith('--lightning-dir=') && a.endsWith(nodeHex)));
    if (!ghLightningd) throw new Error("the Greenhouse node's lightningd process was not found");
    const rpcFile = ghLightningd.argv.find((a) => a.startsWith('--rpc-file='))?.slice('--rpc-file='.length) ?? path.join(dir, 'nodes', nodeHex, 'regtest', 'lightning-rpc');
    const ghRpc = new ClnRpcClient({ socketPath: rpcFile, idPrefix: 'bench-direct' });
    closing.push(() => ghRpc.close());

    const payers = {
      ghToPeer: { pay: ghPays, invoice: () => stockInvoice(stocks.peer, `bench-${labels++}`) },
      peerToGh: { pay: stockPayer(stocks.peer, { payeeHex: nodeHex, scid: scids.gh, delay: ghDelay }), invoice: ghInvoice },
      aToB: { pay: stockPayer(stocks.a, { payeeHex: ids.b!, scid: scids.ab, delay: stockDelay }), invoice: () => stockInvoice(stocks.b, `bench-${labels++}`) },
      bToA: { pay: stockPayer(stocks.b, { payeeHex: ids.a!, scid: scids.ab, delay: stockDelay }), invoice: () => stockInvoice(stocks.a, `bench-${labels++}`) },
      ghToPeerDirect: { pay: rpcPayer('greenhouse-direct', ghRpc, { payeeHex: ids.peer!, scid: scids.gh, delay: stockDelay }), invoice: () => stockInvoice(stocks.peer, `bench-${labels++}`) },
    };
    type Row = keyof typeof payers;

    // Balance both channels: half of each pushed to the side that did not fund it (also a warm-up).
    log('balancing both channels');
    const balanceAmount = (CHANNEL_SAT * 1000n) / 8n;
    for (let i = 0; i < BALANCE_PAYMENTS; i++) {
      const [p, b] = await Promise.all([
        stocks.peer.rpc.call<{ payment_hash: string; payment_secret: string }>('invoice', { amount_msat: Number(balanceAmount), label: `balance-${i}`, description: 'balance' }),
        stocks.b.rpc.call<{ payment_hash: string; payment_secret: string }>('invoice', { amount_msat: Number(balanceAmount), label: `balance-${i}`, description: 'balance' }),
      ]);
      const amount = { msat: String(balanceAmount) };
      await gh('SendPay', {
        route: [{ id: Buffer.from(ids.peer!, 'hex'), channel: scids.gh, delay: stockDelay, amount_msat: amount }],
        payment_hash: Buffer.from(p.payment_hash, 'hex'),
        payment_secret: Buffer.from(p.payment_secret, 'hex'),
        amount_msat: amount,
      });
      await gh('WaitSendPay', { payment_hash: Buffer.from(p.payment_hash, 'hex'), timeout: 60 });
      await stocks.a.rpc.call('sendpay', {
        route: [{ id: ids.b, channel: scids.ab, delay: stockDelay, amount_msat: Number(balanceAmount) }],
        payment_hash: b.payment_hash,
        payment_secret: b.payment_secret,
        amount_msat: Number(balanceAmount),
      });
      await stocks.a.rpc.call('waitsendpay', { payment_hash: b.payment_hash, timeout: 60 });
    }

    // ---- CPU groups (after the channels are up: channeld runs per channel) ----
    const now = listProcesses();
    const gateway = now.find((p) => p.argv.some((a) => a.endsWith('services/node-gateway/src/main.ts')) && p.argv.includes(dir));
    // The gateway's and the signer's CPU also by thread: Node's main thread (JavaScript, TLS, HTTP/2)
    // and the others (libuv's pool: file system, e.g. the gateway's signer-state.json; V8's GC and
    // compiler helpers). Node 20 names them all `node`, so they are not told apart further.
    const threads = (pid: number | undefined) => ({
      main: () => (pid ? (threadCpuMs(pid, (tid) => tid === pid) ?? 0) : 0),
      other: () => (pid ? (threadCpuMs(pid, (tid) => tid !== pid) ?? 0) : 0),
    });
    const gatewayThreads = threads(gateway?.pid);
    const signerThreads = threads(signerChild.pid);
    const cpu = new CpuGroups({
      ...lightningdGroups('gh', ghLightningd.pid, now),
      'gh.gateway': gateway ? [gateway.pid] : [],
      'gh.signer': [signerChild.pid!],
      'gateway.main': gatewayThreads.main,
      'gateway.other': gatewayThreads.other,
      'signer.main': signerThreads.main,
      'signer.other': signerThreads.other,
      ...lightningdGroups('peer', stocks.peer.child.pid!, now),
      ...lightningdGroups('a', stocks.a.child.pid!, now),
      ...lightningdGroups('b', stocks.b.child.pid!, now),
      client: [process.pid],
    });

    // ---- invoices for every payment, made beforehand ----
    const modes = [
      { name: 'sequential', concurrency: 1, block: BLOCK_SEQUENTIAL, rows: ['ghToPeer', 'peerToGh', 'aToB', 'bToA', ...(DIRECT_ROW ? ['ghToPeerDirect'] : [])] as Row[] },
      { name: `${IN_FLIGHT} in flight`, concurrency: IN_FLIGHT, block: BLOCK_IN_FLIGHT, rows: ['ghToPeer', 'peerToGh', 'aToB', 'bToA'] as Row[] },
    ];
    const results: Record<string, Record<string, Measurement>> = {};
    /** Wall-clock time of each block (with its settle), to count stock lightning_hsmd's requests in its log. */
    const windows: Record<string, { from: number; to: number }[]> = {};
    const blockLatencies: Record<string, number[][]> = {};
    for (const mode of modes) {
      log(`${mode.name}: making ${(PAYMENTS + WARMUP) * mode.rows.length} invoices`);
      const invoices: Partial<Record<Row, Invoice[]>> = {};
      for (const name of mode.rows) {
        invoices[name] = [];
        for (let i = 0; i < PAYMENTS + WARMUP; i++) invoices[name]!.push(await payers[name].invoice());
      }
      log(`${mode.name}: warm-up, ${WARMUP} payments per row`);
      for (const name of mode.rows) for (let i = 0; i < WARMUP; i++) await payers[name].pay(invoices[name]![PAYMENTS + i]!);
      await sleep(SETTLE_MS);

      log(`${mode.name}: ${PAYMENTS} payments per row, blocks of ${mode.block}`);
      const tasks: Record<string, AsyncTask> = {};
      for (const name of mode.rows) {
        const key = `${mode.name}:${name}`;
        blockLatencies[key] = [];
        tasks[key] = {
          count: PAYMENTS,
          block: mode.block,
          concurrency: mode.concurrency,
          run: async (i) => {
            const t = performance.now();
            await payers[name].pay(invoices[name]![i]!);
            (blockLatencies[key]![Math.floor(i / mode.block)] ??= []).push(performance.now() - t);
          },
        };
      }
      results[mode.name] = await measureInterleavedAsync(tasks, {
        beforeBlock: async (task) => {
          await ask(signerChild, { kind: 'phase', phase: task });
          cpu.start();
          (windows[task] ??= []).push({ from: Date.now(), to: Infinity });
        },
        afterBlock: async (task) => {
          await sleep(SETTLE_MS);
          cpu.stop(task);
          windows[task]!.at(-1)!.to = Date.now();
          await ask(signerChild, { kind: 'phase', phase: 'between blocks' });
        },
      });
    }
    const report = (await ask(signerChild, { kind: 'report' })) as Extract<SignerReply, { kind: 'report' }>;
    const loadAtEnd = os.loadavg();

    // ---- the figures ----
    const label: Record<Row, string> = {
      ghToPeer: 'Greenhouse → stock (SendPay+WaitSendPay, gateway)',
      peerToGh: 'stock → Greenhouse (sendpay+waitsendpay)',
      aToB: 'stock A → stock B (sendpay+waitsendpay)',
      bToA: 'stock B → stock A (sendpay+waitsendpay)',
      ghToPeerDirect: "Greenhouse → stock, its lightningd's rpc socket",
    };
    const lines: string[] = [
      '',
      'bench/payments — payments over one channel: Greenhouse node ↔ stock CLN vs stock CLN ↔ stock CLN, same run, same bitcoind',
      `machine: ${os.cpus().length} cores, node ${process.version}, load ${loadAtStart.map((l) => l.toFixed(2)).join(' ')} at start; lightningd ${version} (${lightningd}), bitcoind ${bitcoind} (regtest)`,
      'Greenhouse node: pnpm start (scheduler, gateway, real lightningd with the hsmd proxy), its signer in its own process (real signer loop, not permissive); every gateway call device-signed with the rune',
      `stock nodes: the gateway's lightningd options without ${stocks.a.dropped.map((a) => a.split('=')[0]).join(' and ')} (own lightning_hsmd; log-level debug like the gateway's node)`,
      `channels: ${CHANNEL_SAT.toLocaleString('en-US')} sat, funded by the Greenhouse node (to its stock peer) and by stock A (to stock B), then half pushed across; payments of ${(AMOUNT_MSAT / 1000n).toLocaleString('en-US')} sat (HTLC outputs, not dust)`,
      "one payment: the payee's invoice (made beforehand), the payer's sendpay with the one-hop route over the channel, then waitsendpay until complete; latency per payment from sendpay to waitsendpay's answer",
      `rows interleaved in blocks (order rotating), ${SETTLE_MS} ms untimed settle after each block; ${WARMUP} warm-up payments per row and mode`,
    ];
    for (const mode of modes) {
      lines.push('', `${mode.name} (blocks of ${mode.block})`);
      for (const name of mode.rows) lines.push(row(label[name], results[mode.name]![`${mode.name}:${name}`]!).replace('ops/s', 'pay/s'));
    }

    lines.push('', `target: Greenhouse pair ≥ ${TARGET} × the stock pair's payments/s (the funder pays: Greenhouse → stock vs A → B; the other way: stock → Greenhouse vs B → A)`);
    const m = (mode: string, name: Row) => results[mode]![`${mode}:${name}`]!;
    for (const mode of modes) {
      for (const [ours, theirs, what] of [
        ['ghToPeer', 'aToB', 'Greenhouse pays   '],
        ['peerToGh', 'bToA', 'Greenhouse is paid'],
      ] as const) {
        const ratio = m(mode.name, ours).opsPerSecond / m(mode.name, theirs).opsPerSecond;
        lines.push(
          `  ${mode.name.padEnd(12)} ${what}: ${m(mode.name, ours).opsPerSecond.toFixed(1)} / ${m(mode.name, theirs).opsPerSecond.toFixed(1)} pay/s = ${ratio.toFixed(2)}×  ` +
            `(${ratio >= TARGET ? 'met' : `NOT met, ${((1 - ratio / TARGET) * 100).toFixed(0)}% short`}); p50 ${(m(mode.name, ours).p50 / m(mode.name, theirs).p50).toFixed(2)}×`,
        );
      }
    }

    // Where the time goes: hsmd requests per payment, as our signer saw them.
    lines.push('', 'hsmd requests per payment, answered by our signer (per block, including what a block left behind; the same requests go to lightning_hsmd on a stock node)');
    const sequential = modes[0]!.name;
    for (const mode of modes) {
      for (const name of ['ghToPeer', 'peerToGh', 'ghToPeerDirect'] as Row[]) {
        if (!mode.rows.includes(name)) continue;
        const tally: PhaseTally | undefined = report.tallies[`${mode.name}:${name}`];
        if (!tally) continue;
        const per = (value: number) => (value / PAYMENTS).toFixed(2);
        const types = Object.entries(tally.types)
          .sort((x, y) => y[1] - x[1])
          .map(([type, n]) => `${type.replace(/^hsmd_/, '')} ${per(n)} (${(tally.typeMs[type]! / n).toFixed(2)} ms)`)
          .join(', ');
        const connections = Object.entries(tally.connections)
          .map(([connection, n]) => `${per(n)} on ${connection === 'lightningd' ? "lightningd's own (its main loop waits)" : connection === 'channel' ? "the channel daemon's" : "connectd's"}`)
          .join(', ');
        lines.push(`  ${mode.name}, ${label[name]}: ${per(tally.requests)} requests per payment${tally.refused ? ` (${tally.refused} refused)` : ''}: ${connections}`);
        lines.push(`    by type, per payment (ms in Signer.process per request): ${types}`);
        lines.push(
          `    signer: ${(tally.processMs / tally.requests).toFixed(3)} ms in Signer.process per request (${(tally.processMs / PAYMENTS).toFixed(2)} ms per payment); ` +
            `relayed signer_state ${(tally.stateBytes / tally.requests / 1024).toFixed(1)} KiB and ${(tally.pendingCalls / tally.requests).toFixed(2)} pending calls per request`,
        );
      }
    }
    const seqGh = m(sequential, 'ghToPeer');
    const seqStock = m(sequential, 'aToB');
    const seqDirect = DIRECT_ROW ? m(sequential, 'ghToPeerDirect') : undefined;
    const requests = (row: Row) => (report.tallies[`${sequential}:${row}`]?.requests ?? 0) / PAYMENTS;
    lines.push(
      `  sequential, Greenhouse pays: p50 ${seqGh.p50.toFixed(1)} ms vs stock ${seqStock.p50.toFixed(1)} ms: +${(seqGh.p50 - seqStock.p50).toFixed(1)} ms per payment` +
        ` = ${((seqGh.p50 - seqStock.p50) / requests('ghToPeer')).toFixed(2)} ms per hsmd request of the payment` +
        (seqDirect ? `; without the gateway (rpc socket) +${(seqDirect.p50 - seqStock.p50).toFixed(1)} ms` : ''),
    );
    const seqIn = m(sequential, 'peerToGh');
    const seqBA = m(sequential, 'bToA');
    lines.push(
      `  sequential, Greenhouse is paid: p50 ${seqIn.p50.toFixed(1)} ms vs stock ${seqBA.p50.toFixed(1)} ms: +${(seqIn.p50 - seqBA.p50).toFixed(1)} ms per payment = ${((seqIn.p50 - seqBA.p50) / requests('peerToGh')).toFixed(2)} ms per hsmd request`,
    );

    // The stock nodes' lightning_hsmd, from their debug logs ("Client: Received message N"): the same
    // requests for the same channel updates, answered in microseconds on a socketpair.
    lines.push('', "lightning_hsmd requests per payment on the stock nodes (their debug log), same rows:");
    const hsmdLog = async (node: StockNode) =>
      (await readFile(node.logFile, 'utf8')).split('\n').flatMap((line) => {
        const found = /^(\S+Z) DEBUG\s+hsmd: Client: Received message (\d+) /.exec(line);
        return found ? [{ at: Date.parse(found[1]!), type: Number(found[2]) }] : [];
      });
    const logs = new Map<StockNode, { at: number; type: number }[]>();
    for (const node of Object.values(stocks)) logs.set(node, await hsmdLog(node));
    for (const mode of modes) {
      for (const name of mode.rows) {
        const task = `${mode.name}:${name}`;
        const nodes = name === 'aToB' || name === 'bToA' ? [stocks.a, stocks.b] : [stocks.peer];
        const cells = nodes.map((node) => {
          const seen = logs.get(node)!.filter((r) => windows[task]!.some((w) => r.at >= w.from && r.at <= w.to));
          const types = new Map<number, number>();
          for (const r of seen) types.set(r.type, (types.get(r.type) ?? 0) + 1);
          const detail = [...types].sort((x, y) => y[1] - x[1]).map(([type, n]) => `${type}: ${(n / PAYMENTS).toFixed(2)}`).join(', ');
          return `${{ peer: 'peer', a: 'A', b: 'B' }[node.name as 'peer' | 'a' | 'b']} ${(seen.length / PAYMENTS).toFixed(2)} (${detail})`;
        });
        lines.push(`  ${`${mode.name}, ${label[name]}`.padEnd(64)} ${cells.join('; ')}`);
      }
    }

    // Trend: does a payment get dearer as the channel's history (and the relayed state) grows?
    lines.push('', 'p50 per block over the run (ms), first blocks … last blocks:');
    for (const mode of modes) {
      for (const name of mode.rows) {
        const blocks = blockLatencies[`${mode.name}:${name}`]!.filter(Boolean).map((b) => [...b].sort((x, y) => x - y)[Math.floor(b.length / 2)]!);
        const show = (values: number[]) => values.map((v) => v.toFixed(1)).join(' ');
        const trend = blocks.length <= 6 ? show(blocks) : `${show(blocks.slice(0, 3))} … ${show(blocks.slice(-3))}`;
        lines.push(`  ${`${mode.name}, ${label[name]}`.padEnd(64)} ${trend}`);
      }
    }

    // CPU per payment in each process group.
    const groupNames = ['lightningd', 'channeld', 'connectd', 'hsmd', 'other'];
    lines.push(
      '',
      'CPU ms per payment (all threads, /proc schedstat, from block start to the end of its settle; "hsmd" is lightning_hsmd on stock nodes, the hsmd proxy on ours; "other": gossipd and plugins)',
      `  ${'row'.padEnd(38)} ${'node'.padEnd(12)} ${[...groupNames, 'gateway', 'signer', 'total'].map((g) => g.padStart(10)).join('')}`,
    );
    for (const mode of modes) {
      for (const name of mode.rows) {
        const task = `${mode.name}:${name}`;
        const sides = name === 'aToB' || name === 'bToA' ? (['a', 'b'] as const) : (['gh', 'peer'] as const);
        for (const side of sides) {
          const values = groupNames.map((g) => cpu.perPayment(task, PAYMENTS, `${side}.${g}`));
          const extra = side === 'gh' ? ['gateway', 'signer'].map((g) => cpu.perPayment(task, PAYMENTS, `gh.${g}`)) : [undefined, undefined];
          const total = [...values, ...extra].reduce<number>((sum, v) => sum + (v ?? 0), 0);
          const who = { gh: 'Greenhouse', peer: 'its peer', a: 'stock A', b: 'stock B' }[side];
          const cells = [...values, ...extra].map((v) => (v === undefined ? '-' : v.toFixed(2)).padStart(10)).join('');
          lines.push(`  ${(side === sides[0] ? `${mode.name.split(' ')[0]}: ${name}` : '').padEnd(38)} ${who.padEnd(12)} ${cells}${total.toFixed(2).padStart(10)}`);
        }
        const split = (who: string) =>
          ['main', 'other'].map((t) => `${t} ${cpu.perPayment(task, PAYMENTS, `${who}.${t}`).toFixed(2)}`).join(' / ');
        const greenhouse = sides[0] === 'gh' ? `   (threads: gateway ${split('gateway')}, signer ${split('signer')})` : '';
        lines.push(`  ${''.padEnd(38)} ${'bench client'.padEnd(12)} ${cpu.perPayment(task, PAYMENTS, 'client').toFixed(2).padStart(10)}${greenhouse}`);
      }
    }
    lines.push('', `load at end ${loadAtEnd.map((l) => l.toFixed(2)).join(' ')}`);
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    for (const step of closing.reverse()) await step().catch(() => undefined);
    for (const step of cleanup.reverse()) await step().catch((error: unknown) => process.stderr.write(`cleanup: ${(error as Error).message}\n`));
    const deadline = Date.now() + 30_000;
    while (processesUsing(dir).length > 0 && Date.now() < deadline) await sleep(200);
    for (const pid of processesUsing(dir)) process.kill(pid, 'SIGKILL');
    if (KEEP) process.stderr.write(`kept ${dir}\n`);
    else await rm(dir, { recursive: true, force: true });
  }
}

await main();
