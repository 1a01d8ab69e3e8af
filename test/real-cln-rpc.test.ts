// ClnRpcClient and the cln.Node ↔ JSON-RPC mapping against a stock lightningd on regtest: every request is built
// as the gateway receives it (a proto-loader object from the real cln.Node request codec), mapped to JSON-RPC,
// sent over lightning-rpc, and the result mapped back and put through the real cln.Node response serializer.
// Runs when LIGHTNINGD and BITCOIND (or lightningd and bitcoind on PATH) exist; skips with one line otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadProtos } from '@greenhouse/common/proto';
import { ClnRpcClient, ClnRpcError, grpcRequestToJson, jsonResultToGrpc } from '../packages/cln-rpc/src/index.ts';
import { bitcoindPath, lightningdPath, skipReason } from './support/real-binaries.ts';
import { RegtestBitcoind } from './support/regtest-bitcoind.ts';
import { StockLightningd } from './support/stock-lightningd.ts';

const lightningd = lightningdPath();
const bitcoind = bitcoindPath();
const skip = skipReason('the real-CLN JSON-RPC mapping test', [...(lightningd ? [] : ['lightningd']), ...(bitcoind ? [] : ['bitcoind'])]);

interface MethodCodec {
  requestSerialize(value: unknown): Buffer;
  requestDeserialize(bytes: Buffer): Record<string, unknown>;
  responseSerialize(value: unknown): Buffer;
  responseDeserialize(bytes: Buffer): Record<string, unknown>;
}

function nodeMethod(rpcName: string): MethodCodec {
  return (loadProtos().definition['cln.Node'] as unknown as Record<string, MethodCodec>)[rpcName]!;
}

describe.skipIf(skip)('cln.Node RPCs through lightning-rpc of a stock lightningd', () => {
  let dir: string;
  let bitcoin: RegtestBitcoind | undefined;
  let node: StockLightningd | undefined;
  let client: ClnRpcClient;

  /** One RPC the way the gateway will serve it; returns the params sent and the response a client would decode. */
  async function grpc(rpcName: string, request: Record<string, unknown>, timeoutMs = 30_000) {
    const codec = nodeMethod(rpcName);
    const received = codec.requestDeserialize(codec.requestSerialize(request));
    const { method, params } = grpcRequestToJson(rpcName, received);
    const result = await client.call(method, params, { timeoutMs });
    const response = jsonResultToGrpc(rpcName, result);
    const decoded = codec.responseDeserialize(codec.responseSerialize(response)); // throws if not wire-valid
    expect(decoded).toEqual(response);
    return { method, params, result: result as Record<string, unknown>, response: decoded };
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'greenhouse-cln-rpc-'));
    bitcoin = await RegtestBitcoind.start(bitcoind!, path.join(dir, 'bitcoind'));
    node = await StockLightningd.start({ lightningd: lightningd!, lightningDir: path.join(dir, 'lightningd'), bitcoindOptions: bitcoin.lightningdOptions() });
    client = ClnRpcClient.forNode(node.lightningDir, 'regtest', { idPrefix: 'real-cln-rpc-test' });
  }, 120_000);

  afterAll(async () => {
    let stopped: Record<string, unknown> | undefined;
    if (node) {
      // The Stop RPC through the mapping too: lightningd answers, then closes the socket and exits.
      stopped = await grpc('Stop', {}).then((r) => r.response, () => undefined);
      await client.close();
      const exitCode = await node.waitForExit();
      await node.kill();
      expect(exitCode).toBe(0);
    }
    await bitcoin?.stop();
    await rm(dir, { recursive: true, force: true });
    if (node) expect(stopped).toEqual({ result: 'SHUTDOWN_COMPLETE' });
  }, 90_000);

  it('Getinfo: node id, regtest, and bitcoind’s block height (after WaitBlockHeight)', async () => {
    const height = Number(await bitcoin!.cli('getblockcount'));
    expect(height).toBe(101);
    const waited = await grpc('WaitBlockHeight', { blockheight: height, timeout: 60 }, 70_000);
    expect(waited.params).toEqual({ blockheight: 101, timeout: 60 });
    expect(waited.response).toEqual({ blockheight: 101 });

    const { method, params, result, response } = await grpc('Getinfo', {});
    expect([method, params]).toEqual(['getinfo', {}]);
    expect(response.id).toEqual(Buffer.from(result.id as string, 'hex'));
    expect((response.id as Buffer).length).toBe(33);
    expect(response).toMatchObject({ network: 'regtest', blockheight: 101, version: result.version, lightning_dir: path.join(node!.lightningDir, 'regtest') });
    expect(response.binding).toEqual([expect.objectContaining({ item_type: 'IPV4', address: '127.0.0.1' })]);
  });

  it('NewAddr: bech32 and p2tr', async () => {
    const bech32 = await grpc('NewAddr', { addresstype: 'BECH32' });
    expect(bech32.params).toEqual({ addresstype: 'bech32' });
    expect(bech32.response.bech32).toMatch(/^bcrt1q/);
    expect(bech32.response).not.toHaveProperty('p2tr');
    const p2tr = await grpc('NewAddr', { addresstype: 'P2TR' });
    expect(p2tr.response.p2tr).toMatch(/^bcrt1p/);
  });

  let bolt11: string;
  let paymentHash: Buffer;

  it('Invoice (1000 sat) and ListInvoices', async () => {
    const invoice = await grpc('Invoice', { amount_msat: { amount: { msat: '1000000' } }, label: 'real-cln-rpc-1', description: 'greenhouse real CLN' });
    expect(invoice.params).toEqual({ amount_msat: '1000000msat', label: 'real-cln-rpc-1', description: 'greenhouse real CLN' });
    bolt11 = invoice.response.bolt11 as string;
    paymentHash = invoice.response.payment_hash as Buffer;
    expect(bolt11).toMatch(/^lnbcrt10u1/);
    expect(paymentHash).toHaveLength(32);
    expect(invoice.response.payment_secret).toHaveLength(32);

    const listed = await grpc('ListInvoices', { label: 'real-cln-rpc-1' });
    expect(listed.params).toEqual({ label: 'real-cln-rpc-1' });
    expect(listed.response.invoices).toEqual([
      expect.objectContaining({ label: 'real-cln-rpc-1', bolt11, payment_hash: paymentHash, status: 'UNPAID', amount_msat: { msat: '1000000' }, description: 'greenhouse real CLN' }),
    ]);
  });

  it('a duplicate label comes back as ClnRpcError 900', async () => {
    const error = await grpc('Invoice', { amount_msat: { any: true }, label: 'real-cln-rpc-1', description: 'again' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClnRpcError);
    expect(error).toMatchObject({ method: 'invoice', code: 900 });
  });

  it('Decode of the bolt11', async () => {
    const info = await grpc('Getinfo', {});
    const decoded = await grpc('Decode', { string: bolt11 });
    expect(decoded.response).toMatchObject({
      item_type: 'BOLT11_INVOICE',
      valid: true,
      currency: 'bcrt',
      payee: info.response.id,
      payment_hash: paymentHash,
      amount_msat: { msat: '1000000' },
      description: 'greenhouse real CLN',
    });
  });

  it('ListFunds after funding the wallet; Withdraw spends from it', async () => {
    const empty = await grpc('ListFunds', {});
    expect(empty.response).toEqual({ outputs: [], channels: [] });

    const address = (await grpc('NewAddr', { addresstype: 'BECH32' })).response.bech32 as string;
    const txid = await bitcoin!.cli('sendtoaddress', address, '0.01');
    await bitcoin!.cli('generatetoaddress', '1', await bitcoin!.cli('getnewaddress'));
    await grpc('WaitBlockHeight', { blockheight: 102, timeout: 60 }, 70_000);
    let outputs: Record<string, unknown>[] = [];
    for (let tries = 0; tries < 100 && outputs.length === 0; tries++) {
      outputs = (await grpc('ListFunds', {})).response.outputs as Record<string, unknown>[];
      if (outputs.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(outputs).toEqual([
      expect.objectContaining({ txid: Buffer.from(txid, 'hex'), amount_msat: { msat: '1000000000' }, address, status: 'CONFIRMED', blockheight: 102, reserved: false }),
    ]);

    const destination = await bitcoin!.cli('getnewaddress');
    const withdraw = await grpc('Withdraw', { destination, satoshi: { amount: { msat: '100000000' } }, feerate: { perkw: 253 } });
    expect(withdraw.params).toEqual({ destination, satoshi: '100000000msat', feerate: '253perkw' });
    const spent = (withdraw.response.txid as Buffer).toString('hex');
    expect(JSON.parse(await bitcoin!.cli('getmempoolentry', spent))).toHaveProperty('vsize');
    expect(JSON.parse(await bitcoin!.cli('decoderawtransaction', (withdraw.response.tx as Buffer).toString('hex'))).txid).toBe(spent);
  });

  it('ListPeers: none, and the Greenlight-compat channels field stays at its default', async () => {
    const { params, response } = await grpc('ListPeers', {});
    expect(params).toEqual({});
    expect(response).toEqual({ peers: [] });
    const info = await grpc('Getinfo', {});
    const self = await grpc('ListPeers', { id: info.response.id, level: 'debug' });
    expect(self.params).toEqual({ id: (info.response.id as Buffer).toString('hex'), level: 'debug' });
    expect(self.response).toEqual({ peers: [] });
  });
});
