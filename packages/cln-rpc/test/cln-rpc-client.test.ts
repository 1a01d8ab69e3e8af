import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ClnRpcClient,
  ClnRpcConnectionError,
  ClnRpcError,
  ClnRpcProtocolError,
  ClnRpcTimeoutError,
  lightningRpcPath,
  waitForRpc,
} from '../src/index.ts';
import { FakeLightningRpc } from './support/fake-lightning-rpc.ts';

describe('ClnRpcClient against a fake lightning-rpc', () => {
  let fake: FakeLightningRpc;
  let client: ClnRpcClient;

  beforeEach(async () => {
    fake = await FakeLightningRpc.start();
    client = new ClnRpcClient({ socketPath: fake.socketPath, timeoutMs: 5_000 });
  });
  afterEach(async () => {
    await client.close();
    await fake.stop();
  });

  it('sends a JSON-RPC 2.0 request with a CLN-style id and always a params member', async () => {
    fake.on('getinfo', () => ({ result: { id: '02aa', blockheight: 101 } }));
    await expect(client.call('getinfo')).resolves.toEqual({ id: '02aa', blockheight: 101 });
    const [request] = fake.requests;
    expect(request).toMatchObject({ method: 'getinfo', params: {} });
    expect(request!.id).toMatch(/^greenhouse:getinfo#\d+$/);
  });

  it('passes positional params and the filter member through', async () => {
    fake.on('listfunds', () => ({ result: { outputs: [] } }));
    await client.call('listfunds', [true], { filter: { outputs: [{ txid: true }] } });
    expect(fake.requests[0]).toMatchObject({ params: [true], filter: { outputs: [{ txid: true }] } });
  });

  it('runs concurrent calls over one connection and matches out-of-order answers by id', async () => {
    fake.on('slow', (request) => ({ result: { echo: request.params }, delayMs: 80 }));
    fake.on('fast', (request) => ({ result: { echo: request.params } }));
    const order: string[] = [];
    const calls = [
      client.call('slow', { n: 1 }).then((r) => (order.push('slow'), r)),
      ...Array.from({ length: 20 }, (_, n) => client.call('fast', { n }).then((r) => (order.push('fast'), r))),
    ];
    const results = await Promise.all(calls);
    expect(results[0]).toEqual({ echo: { n: 1 } });
    results.slice(1).forEach((result, n) => expect(result).toEqual({ echo: { n } }));
    expect(order.at(-1)).toBe('slow');
    expect(fake.connectionCount).toBe(1);
    expect(new Set(fake.requests.map((r) => r.id)).size).toBe(21);
  });

  it('reassembles responses split across many reads, including multi-byte UTF-8 cut mid-character', async () => {
    const text = { text: 'ünïcödé ⚡'.repeat(40) };
    const big = { list: Array.from({ length: 2_000 }, (_, i) => ({ i, hex: 'ab'.repeat(i % 40) })) };
    fake.on('text', () => ({ result: text }));
    fake.on('big', () => ({ result: big }));
    fake.chunkBytes = 7;
    await expect(client.call('text')).resolves.toEqual(text);
    fake.chunkBytes = 4_001;
    const [a, b] = await Promise.all([client.call('text'), client.call('big')]);
    expect(a).toEqual(text);
    expect(b).toEqual(big);
  });

  it('handles a large response arriving in one go and several responses in one read', async () => {
    const large = { rows: Array.from({ length: 50_000 }, (_, i) => ({ i, s: `row-${i}` })) };
    fake.on('large', () => ({ result: large }));
    await expect(client.call('large')).resolves.toEqual(large);
    fake.on('pair', (request) => ({ raw: `{"jsonrpc":"2.0","id":${JSON.stringify(request.id)},"result":{"first":true}}\n\n{"jsonrpc":"2.0","method":"message","params":{"level":"info"}}` }));
    await expect(client.call('pair')).resolves.toEqual({ first: true });
  });

  it('keeps integers beyond 2^53 exact, as decimal strings', async () => {
    fake.on('big-int', (request) => ({ raw: `{"jsonrpc":"2.0","id":${JSON.stringify(request.id)},"result":{"groupid":18446744073709551615,"small":42}}` }));
    await expect(client.call('big-int')).resolves.toEqual({ groupid: '18446744073709551615', small: 42 });
    fake.on('echo', (request) => ({ result: request.params }));
    await client.call('echo', { partid: 18446744073709551615n });
    // The fake parses with JSON.parse, so only the text shows the exact integer went out.
    expect(fake.requests.at(-1)!.params).toEqual({ partid: 18446744073709552000 });
  });

  it('rejects with ClnRpcError carrying code, message and data', async () => {
    fake.on('invoice', () => ({ error: { code: 900, message: "Duplicate label 'x'", data: { label: 'x' } } }));
    const error = await client.call('invoice', { label: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClnRpcError);
    expect(error).toMatchObject({ method: 'invoice', code: 900, message: "Duplicate label 'x'", data: { label: 'x' } });
    await expect(client.call('nosuch')).rejects.toMatchObject({ code: -32601 });
    // The connection survives errors.
    fake.on('getinfo', () => ({ result: {} }));
    await expect(client.call('getinfo')).resolves.toEqual({});
    expect(fake.connectionCount).toBe(1);
  });

  it('times out one call without disturbing the others, and ignores its late answer', async () => {
    fake.on('hang', () => ({ result: { late: true }, delayMs: 150 }));
    fake.on('getinfo', () => ({ result: { ok: 1 } }));
    const hanging = client.call('hang', {}, { timeoutMs: 30 });
    await expect(hanging).rejects.toBeInstanceOf(ClnRpcTimeoutError);
    await expect(hanging).rejects.toMatchObject({ method: 'hang', timeoutMs: 30 });
    await sleep(200); // the late answer arrives and is dropped
    await expect(client.call('getinfo')).resolves.toEqual({ ok: 1 });
    expect(fake.connectionCount).toBe(1);
  });

  it('timeoutMs 0 waits as long as it takes', async () => {
    fake.on('waitblockheight', () => ({ result: { blockheight: 102 }, delayMs: 100 }));
    const quick = new ClnRpcClient({ socketPath: fake.socketPath, timeoutMs: 20 });
    await expect(quick.call('waitblockheight', { blockheight: 102 }, { timeoutMs: 0 })).resolves.toEqual({ blockheight: 102 });
    await quick.close();
  });

  it('fails outstanding calls when the socket closes, then reconnects on the next call', async () => {
    fake.on('hang', () => 'no-answer');
    fake.on('getinfo', () => ({ result: { ok: true } }));
    const outstanding = [client.call('hang'), client.call('hang')].map((call) => call.catch((error: unknown) => error));
    await sleep(20);
    fake.dropConnections();
    for (const error of await Promise.all(outstanding)) expect(error).toBeInstanceOf(ClnRpcConnectionError);
    await expect(client.call('getinfo')).resolves.toEqual({ ok: true });
    expect(fake.connectionCount).toBe(2);
    expect(fake.requests.at(-1)!.connection).toBe(2);
  });

  it('a call that makes lightningd drop the connection fails; the next one reconnects', async () => {
    fake.on('crash', () => 'close-connection');
    fake.on('getinfo', () => ({ result: {} }));
    await expect(client.call('crash')).rejects.toBeInstanceOf(ClnRpcConnectionError);
    await expect(client.call('getinfo')).resolves.toEqual({});
  });

  it('drops the connection on a frame that is not JSON, failing its calls with ClnRpcProtocolError', async () => {
    fake.on('garbage', () => ({ raw: '{"jsonrpc":"2.0", this is not json' }));
    fake.on('hang', () => 'no-answer');
    fake.on('getinfo', () => ({ result: {} }));
    const bystander = client.call('hang').catch((error: unknown) => error);
    await expect(client.call('garbage')).rejects.toBeInstanceOf(ClnRpcProtocolError);
    expect(await bystander).toBeInstanceOf(ClnRpcProtocolError);
    await expect(client.call('getinfo')).resolves.toEqual({});
  });

  it('drops the connection when a response exceeds maxResponseBytes', async () => {
    const small = new ClnRpcClient({ socketPath: fake.socketPath, maxResponseBytes: 1_000 });
    fake.on('huge', () => ({ result: { blob: 'x'.repeat(5_000) } }));
    fake.chunkBytes = 512;
    await expect(small.call('huge')).rejects.toBeInstanceOf(ClnRpcProtocolError);
    await small.close();
  });

  it('close() fails outstanding calls, and later calls reject without connecting', async () => {
    fake.on('hang', () => 'no-answer');
    const outstanding = client.call('hang').catch((error: unknown) => error);
    await sleep(20);
    await client.close();
    expect(await outstanding).toBeInstanceOf(ClnRpcConnectionError);
    await expect(client.call('getinfo')).rejects.toBeInstanceOf(ClnRpcConnectionError);
    expect(fake.connectionCount).toBe(1);
  });

  it('an idle client does not keep the process alive (socket unref) and close() is idempotent', async () => {
    fake.on('getinfo', () => ({ result: {} }));
    await client.call('getinfo');
    await client.close();
    await client.close();
  });
});

describe('ClnRpcClient without a server', () => {
  it('rejects with ClnRpcConnectionError when the socket does not exist, and retries on the next call', async () => {
    const pending = await FakeLightningRpc.unstarted();
    const client = new ClnRpcClient({ socketPath: pending.socketPath });
    const error = await client.call('getinfo').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClnRpcConnectionError);
    expect((error as Error).message).toContain('ENOENT');
    const fake = (await pending.listen()).on('getinfo', () => ({ result: { up: true } }));
    await expect(client.call('getinfo')).resolves.toEqual({ up: true });
    await client.close();
    await fake.stop();
  });

  it('forNode builds <lightning-dir>/<network>/lightning-rpc', () => {
    expect(lightningRpcPath('/var/lib/cln', 'regtest')).toBe('/var/lib/cln/regtest/lightning-rpc');
  });
});

describe('waitForRpc', () => {
  it('resolves once a server listens on the path', async () => {
    const pending = await FakeLightningRpc.unstarted();
    let fake: FakeLightningRpc | undefined;
    setTimeout(() => void pending.listen().then((started) => (fake = started)), 150);
    const started = Date.now();
    await waitForRpc(pending.socketPath, 5_000, 20);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    await fake!.stop();
  });

  it('rejects with ClnRpcConnectionError after the timeout', async () => {
    const pending = await FakeLightningRpc.unstarted();
    await expect(waitForRpc(pending.socketPath, 120, 20)).rejects.toThrow(/within 120 ms \(last: ENOENT\)/);
    await pending.discard();
  });
});
