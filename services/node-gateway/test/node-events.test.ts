// The gateway's side of node events: notification topics and payload unwrapping, the event hub on its
// unix socket, the log follower, the per-node stream limit, and Configure's address check and storage.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFile, readFile, rename, stat, truncate, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { status } from '@grpc/grpc-js';
import { defaultMappingTable, jsonResultToGrpc } from '@greenhouse/cln-rpc';
import { GreenhouseError } from '@greenhouse/common';
import {
  bitcoinAddressProblem,
  checkCloseToAddress,
  followLog,
  GL_CONFIG_FILE,
  NodeEventHub,
  notificationPayload,
  readGlConfig,
  storeGlConfig,
  StreamLeases,
  subscriptionTopic,
  type NodeEventMessage,
} from '../src/node-events/index.ts';
import { captureLogger, temporaryDirectory, until } from './support/staging-fixtures.ts';

describe('notification topics and payloads', () => {
  it('names the CLN notification of every cln.Node Subscribe… RPC', () => {
    const streaming = defaultMappingTable();
    const names = ['SubscribeBlockAdded', 'SubscribeInvoicePayment', 'SubscribeCustomMsg', 'SubscribeLog', 'SubscribeConnect', 'SubscribePayPartStart', 'SubscribePayPartEnd'];
    expect(names.map((name) => subscriptionTopic(name, streaming))).toEqual(['block_added', 'invoice_payment', 'custommsg', 'log', 'connect', 'pay_part_start', 'pay_part_end']);
    expect(subscriptionTopic('Getinfo')).toBeUndefined();
    expect(subscriptionTopic('NoSuchRpc')).toBeUndefined();
  });

  it('unwraps lightningd’s {"<topic>": {…}} and a plugin’s {origin, payload}; leaves other payloads alone', () => {
    expect(notificationPayload('block_added', { block_added: { hash: 'ab', height: 7 } })).toEqual({ hash: 'ab', height: 7 });
    expect(notificationPayload('shutdown', { shutdown: {} })).toEqual({});
    expect(notificationPayload('pay_part_end', { origin: 'cln-xpay', payload: { status: 'success' } })).toEqual({ status: 'success' });
    // The log payload has a string member named like its topic: that is no wrapper.
    const log = { level: 'debug', time: '1.0', timestamp: 'x', source: 's', log: 'text' };
    expect(notificationPayload('log', { log })).toEqual(log);
    expect(notificationPayload('log', log)).toEqual(log);
    expect(notificationPayload('connect', undefined)).toEqual({});
  });

  it('maps an unwrapped payload onto the cln.Node message with the descriptor-driven converter', () => {
    const payload = notificationPayload('block_added', { block_added: { hash: '00'.repeat(31) + 'ff', height: 105 } });
    const message = jsonResultToGrpc('SubscribeBlockAdded', payload);
    expect(message.height).toBe(105);
    expect(Buffer.isBuffer(message.hash)).toBe(true);
    const paid = jsonResultToGrpc('SubscribeInvoicePayment', notificationPayload('invoice_payment', { invoice_payment: { msat: 5000, preimage: '11'.repeat(32), label: 'l' } }));
    expect(paid).toMatchObject({ label: 'l', msat: { msat: '5000' } });
  });
});

describe('NodeEventHub', () => {
  let dir: string;
  let remove: () => Promise<void>;
  let hub: NodeEventHub;
  let plugin: net.Socket | undefined;
  const received: string[] = [];

  beforeEach(async () => {
    ({ dir, remove } = await temporaryDirectory('gh-hub-'));
    hub = await NodeEventHub.listen({ socketPath: path.join(dir, 'events.sock'), logger: captureLogger().logger });
    received.length = 0;
  });

  afterEach(async () => {
    plugin?.destroy();
    await hub.close();
    await remove();
  });

  async function connectPlugin(): Promise<net.Socket> {
    const socket = net.createConnection(hub.socketPath);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => received.push(...chunk.split('\n').filter(Boolean)));
    await new Promise((resolve) => socket.once('connect', resolve));
    return socket;
  }

  it('hands each notification and custommsg hook call to the listeners of its topic, unwrapped', async () => {
    const events: NodeEventMessage[] = [];
    const stopBlocks = hub.subscribe('notification', 'block_added', (event) => events.push(event));
    hub.subscribe('hook', 'custommsg', (event) => events.push(event));
    plugin = await connectPlugin();
    await until(() => hub.pluginConnected, 'the plugin connection');
    plugin.write('{"hello":{"pid":1,"dropped":0}}\n');
    plugin.write('{"jsonrpc":"2.0","method":"block_added","params":{"block_added":{"hash":"aa","height":1}}}\n');
    plugin.write('not json\n{"jsonrpc":"2.0","method":"connect","params":{"connect":{}}}\n');
    // A u64 beyond 2^53 arrives exact (as a decimal string).
    plugin.write('{"jsonrpc":"2.0","method":"block_added","params":{"block_added":{"hash":"bb","height":18446744073709551615}}}\n{"hook":"custommsg","params":{"peer_id":"02","payload":"ff"}}');
    plugin.write('\n');
    await until(() => events.length === 3, 'three events');
    expect(events).toEqual([
      { source: 'notification', topic: 'block_added', payload: { hash: 'aa', height: 1 } },
      { source: 'notification', topic: 'block_added', payload: { hash: 'bb', height: '18446744073709551615' } },
      { source: 'hook', topic: 'custommsg', payload: { peer_id: '02', payload: 'ff' } },
    ]);
    stopBlocks();
    stopBlocks(); // twice is harmless
    expect(hub.listenerCount('notification', 'block_added')).toBe(0);
  });

  it('tells the plugin to forward log notifications only while someone listens to them', async () => {
    plugin = await connectPlugin();
    await until(() => received.length === 1, 'the first control line');
    expect(received).toEqual(['{"forward_log":false}']);
    const first = hub.subscribe('notification', 'log', () => undefined);
    const second = hub.subscribe('notification', 'log', () => undefined);
    await until(() => received.length === 2, 'forward_log true');
    first();
    second();
    await until(() => received.length === 3, 'forward_log false');
    expect(received.slice(1)).toEqual(['{"forward_log":true}', '{"forward_log":false}']);
  });

  it('replaces a stale socket file and removes its socket when closed', async () => {
    const socketPath = path.join(dir, 'stale.sock');
    await writeFile(socketPath, 'left over');
    const second = await NodeEventHub.listen({ socketPath, logger: captureLogger().logger });
    expect((await stat(socketPath)).isSocket()).toBe(true);
    expect((await stat(socketPath)).mode & 0o777).toBe(0o600);
    await second.close();
    await expect(stat(socketPath)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('followLog', () => {
  let dir: string;
  let remove: () => Promise<void>;
  let file: string;
  let abort: AbortController;
  let lines: string[];
  let following: Promise<void>;

  beforeEach(async () => {
    ({ dir, remove } = await temporaryDirectory('gh-log-'));
    file = path.join(dir, 'log');
    abort = new AbortController();
    lines = [];
  });

  afterEach(async () => {
    abort.abort();
    await following;
    await remove();
  });

  const follow = (options: { backlogLines?: number; backlogBytes?: number } = {}) => {
    following = followLog({ file, signal: abort.signal, pollMs: 10, onLines: (batch) => lines.push(...batch), ...options });
  };

  it('sends the last lines first, then every line appended, a partial line once it is complete', async () => {
    await writeFile(file, Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n') + '\n');
    follow({ backlogLines: 3 });
    await until(() => lines.length === 3, 'the backlog');
    expect(lines).toEqual(['line 7', 'line 8', 'line 9']);
    await appendFile(file, 'line 10\nline 1');
    await until(() => lines.length === 4, 'an appended line');
    await appendFile(file, '1\r\n');
    await until(() => lines.length === 5, 'the completed line');
    expect(lines.slice(3)).toEqual(['line 10', 'line 11']);
  });

  it('skips the cut first line when the backlog starts in the middle of the file', async () => {
    await writeFile(file, 'a'.repeat(100) + '\nsecond\nthird\n');
    follow({ backlogBytes: 20 });
    await until(() => lines.length === 2, 'the backlog');
    expect(lines).toEqual(['second', 'third']);
  });

  it('starts over after truncation and after the file is replaced (rotation); waits for a missing file', async () => {
    follow();
    await new Promise((resolve) => setTimeout(resolve, 30));
    await writeFile(file, 'first\n');
    await until(() => lines.length === 1, 'the file once it exists');
    await truncate(file, 0);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await appendFile(file, 'after truncation\n');
    await until(() => lines.length === 2, 'a line after truncation');
    await writeFile(path.join(dir, 'log.new'), 'rotated 1\nrotated 2\n');
    await rename(path.join(dir, 'log.new'), file);
    await until(() => lines.length === 4, 'the new file');
    expect(lines).toEqual(['first', 'after truncation', 'rotated 1', 'rotated 2']);
  });
});

describe('StreamLeases', () => {
  it('refuses past the limit with RESOURCE_EXHAUSTED, frees a slot on release, ends all with a reason', () => {
    let released = 0;
    const leases = new StreamLeases(2, 'abc', () => (released += 1));
    const first = leases.acquire('/greenlight.Node/StreamLog');
    const second = leases.acquire('/cln.Node/SubscribeBlockAdded');
    let refusal: unknown;
    try {
      leases.acquire('/greenlight.Node/StreamIncoming');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(GreenhouseError);
    expect(refusal).toMatchObject({ code: status.RESOURCE_EXHAUSTED, message: expect.stringMatching(/node abc already has 2 streams open.*limit is 2.*StreamIncoming/) });
    first.release();
    first.release();
    expect(released).toBe(1);
    expect(leases.size).toBe(1);
    const third = leases.acquire('/greenlight.Node/StreamIncoming');
    const reason = new GreenhouseError(status.UNAVAILABLE, 'node stopped');
    leases.endAll(reason);
    expect(second.signal.aborted && third.signal.aborted).toBe(true);
    expect(third.signal.reason).toBe(reason);
    expect(() => new StreamLeases(0, 'abc')).toThrow(RangeError);
  });
});

describe('close_to_addr', () => {
  const valid: Array<[string, Parameters<typeof bitcoinAddressProblem>[1]]> = [
    ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'bitcoin'],
    ['bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y', 'bitcoin'],
    ['BC1SW50QGDZ25J', 'bitcoin'],
    ['bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs', 'bitcoin'],
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', 'bitcoin'],
    ['tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7', 'testnet'],
    ['tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c', 'signet'],
    ['tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy', 'testnet4'],
    ['bcrt1qqqqsyqcyq5rqwzqfpg9scrgwpugpzysnard0ew', 'regtest'],
    ['bcrt1pqqqsyqcyq5rqwzqfpg9scrgwpugpzysnzs23v9ccrydpk8qarc0sj9hjuh', 'regtest'],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'bitcoin'],
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'bitcoin'],
    ['mzBc4XEFSdzCDcTxAgf6EZXgsZWpztRhef', 'regtest'],
  ];
  it.each(valid)('accepts %s on %s', (address, network) => {
    expect(bitcoinAddressProblem(address, network)).toBeUndefined();
  });

  const invalid: Array<[string, Parameters<typeof bitcoinAddressProblem>[1], RegExp]> = [
    ['', 'regtest', /empty/],
    [' bcrt1qqqqsyqcyq5rqwzqfpg9scrgwpugpzysnard0ew', 'regtest', /whitespace/],
    ['bc1qqqqsyqcyq5rqwzqfpg9scrgwpugpzysn4v0345', 'regtest', /another network.*bcrt1/],
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd', 'bitcoin', /bech32, but witness version 1 needs bech32m/],
    ['BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL', 'bitcoin', /needs bech32m/],
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh', 'bitcoin', /bech32m, but witness version 0 needs bech32/],
    ['bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4', 'bitcoin', /character/],
    ['BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R', 'bitcoin', /witness version 17/],
    ['bc1pw5dgrnzv', 'bitcoin', /1 bytes/],
    ['bc1pqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqepcyyg', 'bitcoin', /41 bytes/],
    ['BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P', 'bitcoin', /20 or 32 bytes/],
    ['tb1pqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqpxj227t', 'testnet', /padding/],
    ['tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7', 'testnet', /mixes upper and lower case/],
    ['bcrt1qqqqsyqcyq5rqwzqfpg9scrgwpugpzysnard0eq', 'regtest', /checksum is wrong/],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3', 'bitcoin', /checksum is wrong/],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'regtest', /another network than regtest/],
    ['not an address', 'bitcoin', /neither a segwit address/],
  ];
  it.each(invalid)('refuses %j on %s', (address, network, reason) => {
    expect(bitcoinAddressProblem(address, network)).toMatch(reason);
  });

  it('is INVALID_ARGUMENT naming the network and the problem', () => {
    expect(() => checkCloseToAddress('bc1qqqqsyqcyq5rqwzqfpg9scrgwpugpzysn4v0345', 'regtest')).toThrow(
      expect.objectContaining({ code: status.INVALID_ARGUMENT, message: expect.stringMatching(/^close_to_addr must be a regtest Bitcoin address.*another network/) }),
    );
  });

  it('is stored in the node directory, private, with the signed request when there is one', async () => {
    const { dir, remove } = await temporaryDirectory('gh-glconfig-');
    try {
      expect(await readGlConfig(dir)).toBeUndefined();
      await storeGlConfig(dir, { closeToAddr: 'bcrt1qqqqsyqcyq5rqwzqfpg9scrgwpugpzysnard0ew' });
      expect(await readGlConfig(dir)).toMatchObject({ close_to_addr: 'bcrt1qqqqsyqcyq5rqwzqfpg9scrgwpugpzysnard0ew' });
      await storeGlConfig(dir, {
        closeToAddr: 'bcrt1pqqqsyqcyq5rqwzqfpg9scrgwpugpzysnzs23v9ccrydpk8qarc0sj9hjuh',
        request: { request: Buffer.from([0, 0, 0, 0, 1, 7]), uri: '/greenlight.Node/Configure', signature: Buffer.alloc(64, 1), pubkey: Buffer.alloc(65, 4), timestamp: '1700000000000', rune: Buffer.from('rune') },
      });
      const stored = await readGlConfig(dir);
      expect(stored).toMatchObject({
        close_to_addr: 'bcrt1pqqqsyqcyq5rqwzqfpg9scrgwpugpzysnzs23v9ccrydpk8qarc0sj9hjuh',
        request: { request: 'AAAAAAEH', uri: '/greenlight.Node/Configure', timestamp: '1700000000000', rune: Buffer.from('rune').toString('base64') },
      });
      expect((await stat(path.join(dir, GL_CONFIG_FILE))).mode & 0o777).toBe(0o600);
      expect(JSON.parse(await readFile(path.join(dir, GL_CONFIG_FILE), 'utf8'))).toEqual(stored);
    } finally {
      await remove();
    }
  });
});
