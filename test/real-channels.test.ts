// A channel's life through the whole of Greenhouse against a stock Core Lightning, on regtest:
// `pnpm start` (scheduler, node gateway, regtest bitcoind), our Signer registered and attached, and
// a stock lightningd. Our node gets on-chain funds (NewAddr, bitcoind pays, a block), opens a
// channel to the stock node (FundChannel), pays 20 invoices of the stock node (one of them by
// SendPay + WaitSendPay) and is paid 20 of its own, restarting its signer half-way (the new process
// knows the channel only from the relayed signer_state), and closes cooperatively; the stock node
// opens a channel to us, pays over it, and we close that one cooperatively too; a last channel of
// ours, with an HTLC the peer holds, is closed unilaterally while the peer is away: our to_local is
// swept, the HTLC times out (HTLC-timeout transaction with wallet inputs for its fee) and is swept;
// then a Withdraw to an outside address. At the end the node's money adds up to the sat: what it
// started with = its final funds + the on-chain fees it paid + the anchors it left + what it
// withdrew + what it paid − what it was paid (from ListFunds, ListPays, ListInvoices and the chain).
// Every hsmd request our Signer refused is collected and must be none, and every reply it gave is
// compared at the end with CLN's own lightning_hsmd's reply to the same request, byte for byte.
// Runs when LIGHTNINGD and BITCOIND (or both on PATH) exist; skips with one line otherwise.
// GREENHOUSE_KEEP_TEST_DIR=1 keeps the test's directory (both nodes' logs) afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrivateKey } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { ServiceDefinition } from '@grpc/grpc-js';
import { authMetadata, createLogger, grpcFrame, loadProtos, signRequest, uncompressedPublicKey } from '@greenhouse/common';
import { Credentials, SchedulerClient, type DeviceCredentials } from '@greenhouse/client';
import { createGreenlightRune } from '@greenhouse/common/runes';
import { describeHsmdType, peekType } from '@greenhouse/common/hsmd';
import { HsmSecret, Signer } from '@greenhouse/signer';
import { ClnRpcClient } from '../packages/cln-rpc/src/index.ts';
import { runSigner } from '../services/signer/src/run-loop.ts';
import { bitcoindPath, clnSubdaemon, lightningdPath, skipReason } from './support/real-binaries.ts';
import { REGTEST_INIT } from './support/hsmd-requests.ts';
import { StockHsmd } from './support/stock-hsmd.ts';
import { processesUsing, StackProcess, withoutBitcoind, type StackMetadata } from './support/stack-process.ts';
import { registerSigner } from './support/register-signer.ts';
import { closeNodeClient, nodeClient, unaryCall, type NodeClient } from './support/gateway-process.ts';
import { StockLightningd } from './support/stock-lightningd.ts';

const lightningd = lightningdPath();
const bitcoind = bitcoindPath();
const skip = skipReason('the real-CLN channel test', [...(lightningd ? [] : ['lightningd']), ...(bitcoind ? [] : ['bitcoind'])]);

const SECRET = Buffer.from('greenhouse-real-channels-node-1!'); // 32 bytes
const CALL_DEADLINE_MS = 120_000;
const FUNDS_SAT = 2_000_000n;
const CHANNEL_SAT = 1_000_000n;
/** Our node polls bitcoind every 30 s (lightningd's default), so a new block can take that long to be seen. */
const CHAIN_WAIT_MS = 150_000;

const PAYMENTS_EACH_WAY = 20;
/** The i-th payment each way, whole sat (so every balance is whole sat and the accounting exact to the msat). */
const ourPaymentMsat = (i: number) => BigInt(20_000 + 100 * i) * 1000n;
const theirPaymentMsat = (i: number) => BigInt(5_000 + 100 * i) * 1000n;
/** The one of our payments made with SendPay + WaitSendPay instead of Pay (no preapproval: the gateway's pending SendPay justifies its HTLC). */
const SEND_PAY_INDEX = 4;
const WITHDRAW_SAT = 100_000n;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(1000);
  }
}

describe.skipIf(skip)('real CLN: fund, open, pay both ways and close a channel through Greenhouse', () => {
  /** Every hsmd request the signer refused: its type and why. */
  const refused: string[] = [];
  /** Every hsmd message type the signer was asked, with how often. */
  const asked = new Map<string, number>();
  /** Every request answered, with its connection and our reply, to replay to a stock hsmd at the end. */
  const exchanges: { client: { peerId: Buffer; dbid: bigint; permissions: bigint } | undefined; request: Buffer; reply: Buffer; type: string }[] = [];

  /** A signer process for the node's seed (the test makes a second one to restart the signer mid-way). */
  function signerProcess(): Signer {
    const signer = new Signer({ secret: HsmSecret.fromBytes(SECRET), network: 'regtest' });
    signer.onRejection((rejection) => {
      if (!rejection.refused) return;
      const raw = rejection.request.raw;
      refused.push(`${raw.length >= 2 ? describeHsmdType(peekType(raw)) : 'empty request'}: ${rejection.reason}`);
    });
    const answer = signer.process.bind(signer);
    signer.process = (request, now) => {
      const type = request.raw.length >= 2 ? describeHsmdType(peekType(request.raw)) : 'empty request';
      asked.set(type, (asked.get(type) ?? 0) + 1);
      const response = answer(request, now);
      const context = request.context;
      const client =
        context && BigInt(context.capabilities) !== 0n && BigInt(context.dbid) !== 0n
          ? { peerId: Buffer.from(context.node_id), dbid: BigInt(context.dbid), permissions: BigInt(context.capabilities) }
          : undefined; // lightningd's own connection, or connectd's (dbid 0): node-level requests
      if (!response.error) exchanges.push({ client, request: Buffer.from(request.raw), reply: Buffer.from(response.raw as Uint8Array), type });
      return response;
    };
    return signer;
  }
  let signer = signerProcess();
  const nodeHex = signer.nodeId.toString('hex');
  let dir: string;
  let stack: StackProcess;
  let metadata: StackMetadata;
  let caPem: string;
  let device: DeviceCredentials;
  let rune: string;
  let node: NodeClient | undefined;
  let stock: StockLightningd | undefined;
  let stockRpc: ClnRpcClient | undefined;
  let stockId: string;
  let signerRun: { abort: AbortController; running: Promise<void> } | undefined;
  /** The block that confirmed the funds we started with: the accounting scans the chain from there. */
  let fundsHeight = 0;
  /** Funding outpoints (txid:vout, display order) of the channels we opened: their closes are ours to pay. */
  const ourFundings: string[] = [];

  const quiet = createLogger({ name: 'signer', destination: new Writable({ write: (_chunk, _encoding, done) => done() }) });
  /** A cln.Node call carrying the device's rune and request signature (the signer checks them for Invoice). */
  const call = (method: string, request: object) => {
    const definition = loadProtos().definition['cln.Node'] as unknown as ServiceDefinition;
    const timestampMs = BigInt(Date.now());
    const signed = signRequest(device.keyPem, grpcFrame(definition[method]!.requestSerialize(request)), timestampMs);
    return unaryCall(node!, method, request, authMetadata({ ...signed, timestampMs, rune }), { deadline: Date.now() + CALL_DEADLINE_MS });
  };

  /** The signer's run loop against the stack's scheduler (it follows Schedule to the node's gateway). */
  function attachSigner(): void {
    const abort = new AbortController();
    const creds = new Credentials(device.certPem, device.keyPem, caPem, rune);
    signerRun = { abort, running: runSigner({ signer, creds, schedulerUri: metadata.scheduler_grpc_uri, logger: quiet, signal: abort.signal }) };
  }

  /** bitcoind's JSON-RPC on the stack's wallet. */
  async function bitcoin<T>(method: string, params: unknown[] = []): Promise<T> {
    const uri = new URL(metadata.bitcoind_rpc_uri!);
    const response = await fetch(`http://${uri.host}/wallet/greenhouse`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${decodeURIComponent(uri.username)}:${decodeURIComponent(uri.password)}`).toString('base64')}` },
      body: JSON.stringify({ jsonrpc: '1.0', id: method, method, params }),
    });
    const body = (await response.json()) as { result: T; error: { message: string } | null };
    if (body.error) throw new Error(`bitcoind ${method}: ${body.error.message}`);
    return body.result;
  }
  const mine = async (blocks: number) => bitcoin('generatetoaddress', [blocks, await bitcoin<string>('getnewaddress')]);
  const ourHeight = async () => Number((await call('Getinfo', {})).blockheight);
  const waitForOurHeight = async (height: number) => until(`our node at block ${height}`, async () => ((await ourHeight()) >= height ? true : undefined), CHAIN_WAIT_MS);
  /** Mines `blocks` and waits until our node has seen them; resolves with the new height. */
  const mineAndFollow = async (blocks: number) => {
    const height = (await bitcoin<number>('getblockcount')) + blocks;
    await mine(blocks);
    await waitForOurHeight(height);
    return height;
  };
  /** Waits until bitcoind's mempool holds a transaction (`what` names it when the wait times out). */
  const untilInMempool = (what: string, timeoutMs = CHAIN_WAIT_MS) =>
    until(what, async () => ((await bitcoin<string[]>('getrawmempool')).length > 0 ? true : undefined), timeoutMs);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gh-real-ch-'));
    stack = await StackProcess.start(dir, { env: { ...withoutBitcoind(), BITCOIND: bitcoind!, LIGHTNINGD: lightningd! }, timeoutMs: 120_000 });
    metadata = await stack.metadata();
    caPem = await readFile(metadata.ca_crt_path, 'utf8');
    const nobody = new SchedulerClient(metadata.scheduler_grpc_uri, {
      caPem,
      certPem: await readFile(metadata.nobody_crt_path, 'utf8'),
      keyPem: await readFile(metadata.nobody_key_path, 'utf8'),
    });
    device = await registerSigner({ nobodyClient: async () => nobody }, signer);
    nobody.close();
    rune = createGreenlightRune(signer.runeMaster, [[`pubkey=${uncompressedPublicKey(createPrivateKey(device.keyPem)).toString('hex')}`]]);

    const scheduler = new SchedulerClient(metadata.scheduler_grpc_uri, { caPem, ...device }, CALL_DEADLINE_MS);
    const placed = await scheduler.schedule(signer.nodeId);
    scheduler.close();
    node = nodeClient(placed.grpc_uri, caPem, device);
    attachSigner();
    await waitForOurHeight(101);

    const uri = new URL(metadata.bitcoind_rpc_uri!);
    const stockDir = path.join(dir, 'stock');
    await mkdir(stockDir, { recursive: true, mode: 0o700 });
    const conf = path.join(stockDir, 'stock.conf');
    // The stock node holds the HTLCs whose payment hashes the test lists (for an HTLC in flight at a unilateral close).
    const holdPlugin = path.join(import.meta.dirname, 'support/hold-htlcs-plugin.mjs');
    await writeFile(conf, `bitcoin-rpcuser=${uri.username}\nbitcoin-rpcpassword=${uri.password}\nplugin=${holdPlugin}\n`, { mode: 0o600 });
    stock = await StockLightningd.start({
      lightningd: lightningd!,
      lightningDir: stockDir,
      bitcoindOptions: [`--conf=${conf}`, `--bitcoin-rpcconnect=${uri.hostname}`, `--bitcoin-rpcport=${uri.port}`, `--bitcoin-cli=${path.join(path.dirname(bitcoind!), 'bitcoin-cli')}`],
      timeoutMs: 90_000,
    });
    await until('the stock node to listen', async () => ((await stock!.log()).includes('Server started with public key') ? true : undefined), 60_000);
    stockRpc = new ClnRpcClient({ socketPath: stock.rpcPath });
    stockId = (await stockRpc.call<{ id: string }>('getinfo')).id;
  }, 400_000);

  afterAll(async () => {
    console.log(`hsmd requests our signer answered: ${[...asked].map(([type, n]) => `${type} ×${n}`).join(', ')}`);
    if (refused.length > 0) console.log(`hsmd requests our signer refused:\n  ${refused.join('\n  ')}`);
    if (node) closeNodeClient(node);
    signerRun?.abort.abort();
    await signerRun?.running.catch(() => undefined);
    await stockRpc?.close();
    await stock?.kill();
    await stack?.stop('SIGTERM');
    const deadline = Date.now() + 30_000;
    while (dir && processesUsing(dir).length > 0 && Date.now() < deadline) await sleep(200);
    for (const pid of dir ? processesUsing(dir) : []) process.kill(pid, 'SIGKILL');
    // GREENHOUSE_KEEP_TEST_DIR=1 keeps the directory (both nodes' logs) for a look after a failure.
    if (dir && !process.env.GREENHOUSE_KEEP_TEST_DIR) await rm(dir, { recursive: true, force: true });
    else if (dir) console.log(`kept ${dir}`);
  }, 120_000);

  const ourChannel = async () => {
    const { channels } = (await call('ListPeerChannels', { id: Buffer.from(stockId, 'hex') })) as { channels?: { state?: unknown; to_us_msat?: { msat: string } }[] };
    return channels?.[0];
  };
  const stockChannelState = async () =>
    (await stockRpc!.call<{ channels: { state: string }[] }>('listpeerchannels', { id: nodeHex })).channels[0]?.state;
  /** The gateway's protos decode enums as their names. */
  const isNormal = (state: unknown) => state === 'ChanneldNormal';

  it('receives on-chain funds: NewAddr, a payment from bitcoind, ListFunds once confirmed', async () => {
    const { bech32 } = (await call('NewAddr', {})) as { bech32: string };
    expect(bech32).toMatch(/^bcrt1/);
    await bitcoin('sendtoaddress', [bech32, Number(FUNDS_SAT) / 1e8]);
    fundsHeight = await mineAndFollow(1);
    const outputs = await until(
      'ListFunds to show the confirmed output',
      async () => {
        const { outputs } = (await call('ListFunds', {})) as { outputs: { amount_msat: { msat: string }; status: unknown }[] };
        return outputs.length > 0 ? outputs : undefined;
      },
      60_000,
    );
    expect(outputs.map((o) => BigInt(o.amount_msat.msat))).toEqual([FUNDS_SAT * 1000n]);
  }, 240_000);

  it('opens a channel to the stock node (FundChannel); both sides reach CHANNELD_NORMAL', async () => {
    const { port } = (await stockRpc!.call<{ binding: { port: number }[] }>('getinfo')).binding[0]!;
    await call('ConnectPeer', { id: stockId, host: '127.0.0.1', port });
    const funded = (await call('FundChannel', { id: Buffer.from(stockId, 'hex'), amount: { amount: { msat: String(CHANNEL_SAT * 1000n) } } })) as { txid: Buffer; outnum: number };
    expect(funded.txid).toHaveLength(32);
    ourFundings.push(`${Buffer.from(funded.txid).toString('hex')}:${funded.outnum}`);
    await untilInMempool('the funding transaction in the mempool', 30_000);
    await mineAndFollow(6);
    let states: unknown[] = [];
    await until(
      'both sides in CHANNELD_NORMAL',
      async () => {
        states = [(await ourChannel())?.state, await stockChannelState()];
        return isNormal(states[0]) && states[1] === 'CHANNELD_NORMAL' ? true : undefined;
      },
      CHAIN_WAIT_MS,
    ).catch((error: Error) => {
      throw new Error(`${error.message} (ours: ${String(states[0])}, stock: ${String(states[1])})`);
    });
  }, 400_000);

  /** Waits until the stock node can spend `msat` over its channel to us (our payments are settled on both commitments). */
  const stockCanSpend = (msat: bigint) =>
    until(
      `the stock node to be able to spend ${msat} msat`,
      async () => {
        const { channels } = await stockRpc!.call<{ channels: { state: string; spendable_msat: number }[] }>('listpeerchannels', { id: nodeHex });
        return channels.some((c) => c.state === 'CHANNELD_NORMAL' && BigInt(c.spendable_msat) >= msat) ? true : undefined;
      },
      30_000,
    );

  it(`pays ${PAYMENTS_EACH_WAY} invoices of the stock node (Pay; one by SendPay) and is paid ${PAYMENTS_EACH_WAY} of its own, restarting the signer half-way`, async () => {
    const { channels } = await stockRpc!.call<{ channels: { short_channel_id: string }[] }>('listpeerchannels', { id: nodeHex });
    const scid = channels[0]!.short_channel_id;
    for (let i = 0; i < PAYMENTS_EACH_WAY; i++) {
      if (i === PAYMENTS_EACH_WAY / 2) {
        // The signer process restarts: the new one knows the channel only from the state the node relays.
        signerRun?.abort.abort();
        await signerRun?.running.catch(() => undefined);
        signer = signerProcess();
        attachSigner();
      }
      const theirs = await stockRpc!.call<{ bolt11: string; payment_hash: string; payment_secret: string }>('invoice', {
        amount_msat: Number(ourPaymentMsat(i)),
        label: `from-greenhouse-${i}`,
        description: 'greenhouse pays',
      });
      if (i === SEND_PAY_INDEX) {
        // sendpay asks for no preapproval: the signer sees the device's SendPay (kept pending by the gateway) at the commitment.
        const { min_final_cltv_expiry: cltv } = await stockRpc!.call<{ min_final_cltv_expiry: number }>('decode', { string: theirs.bolt11 });
        const amount = { msat: String(ourPaymentMsat(i)) };
        await call('SendPay', {
          route: [{ id: Buffer.from(stockId, 'hex'), channel: scid, delay: cltv + 2, amount_msat: amount }],
          payment_hash: Buffer.from(theirs.payment_hash, 'hex'),
          payment_secret: Buffer.from(theirs.payment_secret, 'hex'),
          amount_msat: amount,
          bolt11: theirs.bolt11,
        });
        const done = (await call('WaitSendPay', { payment_hash: Buffer.from(theirs.payment_hash, 'hex'), timeout: 60 })) as { status: unknown };
        expect(done.status).toBe('COMPLETE');
      } else {
        const paid = (await call('Pay', { bolt11: theirs.bolt11 })) as { amount_msat: { msat: string } };
        expect(BigInt(paid.amount_msat.msat)).toBe(ourPaymentMsat(i));
      }
      const invoice = (await call('Invoice', {
        amount_msat: { amount: { msat: String(theirPaymentMsat(i)) } },
        label: `from-stock-${i}`,
        description: 'stock pays greenhouse',
      })) as { bolt11: string };
      await stockCanSpend(theirPaymentMsat(i));
      const result = await stockRpc!.call<{ status: string }>('pay', { bolt11: invoice.bolt11 });
      expect(result.status).toBe('complete');
    }
    const listed = (await call('ListInvoices', {})) as { invoices: { label: string; status: unknown }[] };
    expect(listed.invoices.filter((inv) => inv.label.startsWith('from-stock-') && inv.status === 'PAID')).toHaveLength(PAYMENTS_EACH_WAY);
    // What the restarted signer knows of the channel came through the node: all the peer's revocation
    // secrets (commitment 0's is still derivable), our revoked commitments, the latest commitments
    // the payment and mutual close rules judge by, and the payments it approved.
    const key = signer.channelStore.state.keys().find((k) => k.startsWith(`greenhouse/channels/${stockId}/`))!;
    const record = signer.channelStore.channel(Buffer.from(stockId, 'hex'), BigInt(key.split('/').at(-1)!));
    expect(record.remoteSecrets.secret(0)).toBeDefined();
    expect(record.revokedLocal).toBeGreaterThan(0);
    expect(record.latestRemote?.commitment).toBeGreaterThan(2 * PAYMENTS_EACH_WAY);
    expect(record.latestLocal?.peer_claim_sat).toBeDefined();
    expect(signer.channelStore.state.get('greenhouse/payments/approved')).toBeDefined();
  }, 400_000);

  it('closes cooperatively (Close); the closing output returns to our wallet', async () => {
    const before = (await call('ListFunds', {})) as { outputs: unknown[] };
    const closed = (await call('Close', { id: stockId })) as { item_type: unknown };
    expect(closed.item_type).toBe('MUTUAL');
    await mineAndFollow(1);
    const outputs = await until(
      'the closing output in ListFunds',
      async () => {
        const { outputs } = (await call('ListFunds', {})) as { outputs: { amount_msat: { msat: string } }[] };
        return outputs.length > before.outputs.length ? outputs : undefined;
      },
      CHAIN_WAIT_MS,
    );
    // We funded 1 000 000 sat, paid 419 000 sat and were paid 119 000 sat: 700 000 sat less the closing fee.
    let paid = 0n;
    let received = 0n;
    for (let i = 0; i < PAYMENTS_EACH_WAY; i++) [paid, received] = [paid + ourPaymentMsat(i) / 1000n, received + theirPaymentMsat(i) / 1000n];
    const balance = CHANNEL_SAT - paid + received;
    const closing = outputs.map((o) => BigInt(o.amount_msat.msat) / 1000n).find((sat) => sat > balance - 50_000n && sat < balance);
    expect(closing).toBeDefined();
  }, 300_000);

  it('accepts a channel the stock node opens to us (we are the fundee), and is paid over it', async () => {
    const { bech32 } = await stockRpc!.call<{ bech32: string }>('newaddr', { addresstype: 'bech32' });
    await bitcoin('sendtoaddress', [bech32, 0.01]);
    await mine(1);
    await until(
      'the stock node to see its funds',
      async () => {
        const { outputs } = await stockRpc!.call<{ outputs: { status: string; amount_msat: number }[] }>('listfunds');
        return outputs.some((o) => o.status === 'confirmed' && o.amount_msat === 1_000_000_000) ? true : undefined;
      },
      60_000,
    );
    await stockRpc!.call('fundchannel', { id: nodeHex, amount: 400_000 });
    await untilInMempool('the funding transaction in the mempool', 30_000);
    await mineAndFollow(6);
    const inbound = await until(
      'the inbound channel in CHANNELD_NORMAL on both sides',
      async () => {
        const { channels } = await stockRpc!.call<{ channels: { state: string; opener: string; spendable_msat: number }[] }>('listpeerchannels', { id: nodeHex });
        const theirs = channels.find((c) => c.opener === 'local' && c.state === 'CHANNELD_NORMAL');
        const ours = ((await call('ListPeerChannels', { id: Buffer.from(stockId, 'hex') })) as { channels: { state: unknown; opener: unknown }[] }).channels;
        return theirs && ours.some((c) => c.opener === 'REMOTE' && isNormal(c.state)) ? theirs : undefined;
      },
      CHAIN_WAIT_MS,
    );
    expect(inbound.spendable_msat).toBeGreaterThan(30_000_000);
    const invoice = (await call('Invoice', { amount_msat: { amount: { msat: '30000000' } }, label: 'inbound', description: 'over their channel' })) as { bolt11: string };
    expect((await stockRpc!.call<{ status: string }>('pay', { bolt11: invoice.bolt11 })).status).toBe('complete');

    // And we close it cooperatively: the peer opened it, so it pays the closing fee; our 30 000 sat come back whole.
    const { channels } = (await call('ListPeerChannels', { id: Buffer.from(stockId, 'hex') })) as { channels: { channel_id: Buffer; opener: unknown; state: unknown }[] };
    const theirs = channels.find((c) => c.opener === 'REMOTE' && isNormal(c.state))!;
    const { outputs: before } = (await call('ListFunds', {})) as { outputs: unknown[] };
    const closed = (await call('Close', { id: Buffer.from(theirs.channel_id).toString('hex') })) as { item_type: unknown };
    expect(closed.item_type).toBe('MUTUAL');
    await untilInMempool('the closing transaction in the mempool', 30_000);
    await mineAndFollow(1);
    const outputs = await until(
      'the closing output in ListFunds',
      async () => {
        const { outputs } = (await call('ListFunds', {})) as { outputs: { amount_msat: { msat: string } }[] };
        return outputs.length > before.length ? outputs : undefined;
      },
      CHAIN_WAIT_MS,
    );
    expect(outputs.map((o) => BigInt(o.amount_msat.msat))).toContain(30_000_000n);
  }, 400_000);

  it('closes a channel unilaterally with an HTLC in flight while the peer is away: to_local swept, HTLC timed out and swept', async () => {
    const { port } = (await stockRpc!.call<{ binding: { port: number }[] }>('getinfo')).binding[0]!;
    await call('ConnectPeer', { id: stockId, host: '127.0.0.1', port });
    const { channel_id: channelId, txid: fundingTxid, outnum } = (await call('FundChannel', {
      id: Buffer.from(stockId, 'hex'),
      amount: { amount: { msat: String(500_000_000n) } },
    })) as { channel_id: Buffer; txid: Buffer; outnum: number };
    ourFundings.push(`${Buffer.from(fundingTxid).toString('hex')}:${outnum}`);
    await untilInMempool('the funding transaction in the mempool', 30_000);
    await mineAndFollow(6);
    await until(
      'the second channel in CHANNELD_NORMAL',
      async () => {
        const { channels } = (await call('ListPeerChannels', { id: Buffer.from(stockId, 'hex') })) as { channels: { channel_id: Buffer; state: unknown }[] };
        return channels.some((c) => Buffer.from(c.channel_id).equals(Buffer.from(channelId)) && isNormal(c.state)) ? true : undefined;
      },
      CHAIN_WAIT_MS,
    );

    // A payment of ours stays in flight: the stock node holds its HTLC.
    const held = await stockRpc!.call<{ bolt11: string; payment_hash: string }>('invoice', { amount_msat: 40_000_000, label: 'held', description: 'held by the peer' });
    await writeFile(path.join(stock!.lightningDir, 'regtest', 'hold-payment-hashes'), `${held.payment_hash}\n`);
    call('Pay', { bolt11: held.bolt11 }).catch(() => undefined); // fails once the HTLC times out on chain
    const expiry = await until(
      'our HTLC to be committed on both sides',
      async () => {
        const { channels } = await stockRpc!.call<{ channels: { htlcs?: { expiry: number; state: string }[] }[] }>('listpeerchannels', { id: nodeHex });
        const htlc = channels.flatMap((c) => c.htlcs ?? []).find((h) => h.state === 'RCVD_ADD_ACK_REVOCATION');
        return htlc?.expiry;
      },
      60_000,
    );

    // The peer goes away; our node gives up on a mutual close after a second and drops its commitment.
    await stockRpc!.call('stop');
    await stock!.waitForExit();
    const { outputs: before } = (await call('ListFunds', {})) as { outputs: unknown[] };
    const closed = (await call('Close', { id: Buffer.from(channelId).toString('hex'), unilateraltimeout: 1 })) as { item_type: unknown };
    expect(closed.item_type).toBe('UNILATERAL');
    await untilInMempool('our commitment in the mempool', 60_000);
    await mineAndFollow(1);
    // to_local waits out the peer's to_self_delay (6 blocks on regtest), then onchaind sweeps it.
    await mineAndFollow(7);
    await untilInMempool('the sweep of our to_local in the mempool');
    await mineAndFollow(1);
    await until(
      'the swept output in ListFunds',
      async () => {
        const { outputs } = (await call('ListFunds', {})) as { outputs: unknown[] };
        return outputs.length > before.length ? true : undefined;
      },
      CHAIN_WAIT_MS,
    );
    expect(asked.get('hsmd_sign_commitment_tx (5)')).toBeGreaterThan(0);
    expect(asked.get('hsmd_sign_any_delayed_payment_to_us (142)')).toBeGreaterThan(0);

    // The held HTLC expires: our HTLC-timeout transaction (our signature, the peer's SINGLE|ANYONECANPAY
    // one, and wallet inputs for its fee), then, after the delay, the sweep of its output.
    const delayedSweeps = asked.get('hsmd_sign_any_delayed_payment_to_us (142)')!;
    await mineAndFollow(Math.max(1, expiry - (await bitcoin<number>('getblockcount'))));
    await untilInMempool('our HTLC-timeout transaction in the mempool');
    await mineAndFollow(1);
    await mineAndFollow(7);
    await untilInMempool('the sweep of the HTLC-timeout output in the mempool');
    await mineAndFollow(1);
    expect(asked.get('hsmd_sign_any_local_htlc_tx (146)')).toBeGreaterThan(0);
    expect(asked.get('hsmd_sign_htlc_tx_mingle (149)')).toBeGreaterThan(0);
    expect(asked.get('hsmd_sign_any_delayed_payment_to_us (142)')).toBeGreaterThan(delayedSweeps);
  }, 900_000);

  it('withdraws to an outside address (Withdraw): the transaction reaches bitcoind', async () => {
    const address = await bitcoin<string>('getnewaddress');
    const { txid } = (await call('Withdraw', { destination: address, satoshi: { amount: { msat: String(WITHDRAW_SAT * 1000n) } } })) as { txid: Buffer };
    const id = Buffer.from(txid).toString('hex');
    await until('the withdrawal in the mempool', async () => ((await bitcoin<string[]>('getrawmempool')).includes(id) ? true : undefined), 30_000);
    const decoded = await bitcoin<{ vout: { value: number; scriptPubKey: { address?: string } }[] }>('getrawtransaction', [id, true]);
    expect(decoded.vout.some((o) => o.scriptPubKey.address === address && Math.round(o.value * 1e8) === 100_000)).toBe(true);
  }, 120_000);

  it('balances add up to the sat: funds at the start = final funds + on-chain fees + anchors left + withdrawn + paid − received', async () => {
    await mineAndFollow(1); // the withdrawal
    type Output = { txid: Buffer; output: number; amount_msat: { msat: string }; status: unknown };
    const funds = await until(
      'every output of ours confirmed',
      async () => {
        const { outputs } = (await call('ListFunds', { spent: true })) as { outputs: Output[] };
        return outputs.every((o) => o.status === 'CONFIRMED' || o.status === 'SPENT') ? outputs : undefined;
      },
      CHAIN_WAIT_MS,
    );
    const outpoint = (txid: string, vout: number) => `${txid}:${vout}`;
    const wallet = new Set(funds.map((o) => outpoint(Buffer.from(o.txid).toString('hex'), o.output)));
    const finalMsat = funds.filter((o) => o.status === 'CONFIRMED').reduce((sum, o) => sum + BigInt(o.amount_msat.msat), 0n);

    // Every transaction since our funds arrived, with the value of each input (getblock verbosity 3).
    interface ChainTx {
      txid: string;
      vin: { txid?: string; vout?: number; prevout?: { value: number } }[];
      vout: { n: number; value: number }[];
    }
    const sat = (btc: number) => BigInt(Math.round(btc * 1e8));
    const txs: ChainTx[] = [];
    const tip = await bitcoin<number>('getblockcount');
    for (let h = fundsHeight; h <= tip; h++) {
      const block = await bitcoin<{ tx: ChainTx[] }>('getblock', [await bitcoin<string>('getblockhash', [h]), 3]);
      txs.push(...block.tx.filter((tx) => tx.vin.every((input) => input.prevout !== undefined)));
    }
    const created = new Set(txs.flatMap((tx) => tx.vout.map((o) => outpoint(tx.txid, o.n))));
    // The outpoints we read (ListFunds, FundChannel) are in the chain: the accounting sees our transactions.
    expect([...wallet].filter((o) => !created.has(o))).toEqual([]);
    expect(ourFundings.filter((o) => !created.has(o))).toEqual([]);

    // Whose fee each transaction is: ours when it spends our wallet's outputs (fundings, withdrawal,
    // the HTLC-timeout's fee inputs, anchor spends) or the funding output of a channel we opened (the
    // opener pays a close's fee: our mutual close, our commitment), or when it sweeps an output of
    // such a transaction that is not the wallet's into our wallet (to_local, HTLC-timeout output).
    const ours = new Set<string>();
    const spentByUs = new Set<string>();
    let feesSat = 0n;
    let anchorsLeftSat = 0n;
    const closes: ChainTx[] = [];
    for (const tx of txs) {
      const inputs = tx.vin.map((input) => outpoint(input.txid!, input.vout!));
      const fromOurTx = inputs.some((i) => ours.has(i.split(':')[0]!) && !wallet.has(i));
      const toOurWallet = tx.vout.every((o) => wallet.has(outpoint(tx.txid, o.n)));
      const closesOurChannel = inputs.some((i) => ourFundings.includes(i));
      if (!inputs.some((i) => wallet.has(i)) && !closesOurChannel && !(fromOurTx && toOurWallet)) continue;
      ours.add(tx.txid);
      inputs.forEach((i) => spentByUs.add(i));
      feesSat += tx.vin.reduce((sum, input) => sum + sat(input.prevout!.value), 0n) - tx.vout.reduce((sum, o) => sum + sat(o.value), 0n);
      if (closesOurChannel) closes.push(tx);
    }
    // A unilateral close of a channel we opened leaves its two anchors (BOLT 3: 330 sat each, paid by
    // the opener) unless we spent ours for fees.
    for (const tx of closes) {
      for (const o of tx.vout) if (sat(o.value) === 330n && !spentByUs.has(outpoint(tx.txid, o.n))) anchorsLeftSat += 330n;
    }

    const { pays } = (await call('ListPays', {})) as { pays: { status: unknown; amount_sent_msat?: { msat: string } }[] };
    const paidMsat = pays.filter((p) => p.status === 'COMPLETE').reduce((sum, p) => sum + BigInt(p.amount_sent_msat!.msat), 0n);
    const { invoices } = (await call('ListInvoices', {})) as { invoices: { status: unknown; amount_received_msat?: { msat: string } }[] };
    const receivedMsat = invoices.filter((i) => i.status === 'PAID').reduce((sum, i) => sum + BigInt(i.amount_received_msat!.msat), 0n);
    const { channels } = (await call('ListPeerChannels', {})) as { channels: { state: unknown; to_us_msat?: { msat: string } }[] };
    const open = channels.filter((c) => ['ChanneldNormal', 'ChanneldAwaitingLockin', 'ChanneldShuttingDown'].includes(String(c.state)));

    console.log(
      `accounting: started ${FUNDS_SAT} sat; now ${finalMsat} msat in ${funds.filter((o) => o.status === 'CONFIRMED').length} outputs; ` +
        `${ours.size} transactions of ours paid ${feesSat} sat of fees; ${anchorsLeftSat} sat left in anchors; withdrew ${WITHDRAW_SAT} sat; ` +
        `paid ${paidMsat} msat in ${pays.filter((p) => p.status === 'COMPLETE').length} payments; received ${receivedMsat} msat in ${invoices.filter((i) => i.status === 'PAID').length}; ${open.length} channels open`,
    );
    // Fundings ×2, mutual closes of ours, our commitment, its to_local sweep, the HTLC-timeout and its sweep, the withdrawal.
    expect(ours.size).toBeGreaterThanOrEqual(7);
    expect(closes).toHaveLength(2); // our mutual close and our commitment
    expect(open).toEqual([]);
    expect(paidMsat).toBe([...Array(PAYMENTS_EACH_WAY).keys()].reduce((sum, i) => sum + ourPaymentMsat(i), 0n));
    expect(FUNDS_SAT * 1000n).toBe(finalMsat + (feesSat + anchorsLeftSat + WITHDRAW_SAT) * 1000n + paidMsat - receivedMsat);
  }, 300_000);

  it('the signer answered every hsmd request CLN sent on the way', () => {
    expect(refused).toEqual([]);
  });

  it("and its replies to lightningd's real requests are byte for byte lightning_hsmd's for the same secret", async () => {
    const hsmdDir = path.join(dir, 'stock-hsmd');
    await mkdir(hsmdDir, { recursive: true, mode: 0o700 });
    await writeFile(path.join(hsmdDir, 'hsm_secret'), SECRET, { mode: 0o600 });
    const hsmd = await StockHsmd.start(clnSubdaemon(lightningd!, 'lightning_hsmd')!, hsmdDir);
    try {
      hsmd.master.request(REGTEST_INIT);
      expect(exchanges.length).toBeGreaterThan(50);
      const differing: string[] = [];
      const details: object[] = [];
      for (const { client, request, reply, type } of exchanges) {
        const theirs = client
          ? hsmd.requestAs(`${client.peerId.toString('hex')}/${client.dbid}/${client.permissions}`, client, request)
          : hsmd.master.request(request);
        if (!theirs.equals(reply)) {
          differing.push(`${type}: ours ${reply.toString('hex').slice(0, 80)}…, stock ${theirs.toString('hex').slice(0, 80)}…`);
          details.push({ type, client: client && { ...client, peerId: client.peerId.toString('hex') }, request: request.toString('hex'), ours: reply.toString('hex'), stock: theirs.toString('hex') });
        }
      }
      if (details.length > 0) await writeFile(path.join(dir, 'hsmd-differences.json'), JSON.stringify(details, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v), 1));
      expect(differing).toEqual([]);
    } finally {
      hsmd.stop();
    }
  });
});
