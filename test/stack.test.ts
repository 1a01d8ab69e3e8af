import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { status } from '@grpc/grpc-js';
import { SchedulerClient } from '@greenhouse/client';
import { processesUsing, StackProcess, withoutBitcoind, type StackMetadata } from './support/stack-process.ts';
import { bitcoindPath, skipReason } from './support/real-binaries.ts';
import { TestNodeKey } from '../services/scheduler/test/support/test-node-key.ts';
import { TEST_INIT_MSG } from '../services/scheduler/test/support/scheduler-fixture.ts';

const bitcoind = bitcoindPath();
const skipBitcoind = skipReason('pnpm start with a regtest bitcoind', bitcoind ? [] : ['bitcoind']);

const stacks: StackProcess[] = [];
const dirs: string[] = [];

async function newDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'greenhouse-stack-'));
  dirs.push(dir);
  return dir;
}

/** Without a bitcoind unless `env` provides one, so each test knows which case it runs. */
async function start(dir: string, env: NodeJS.ProcessEnv = withoutBitcoind()): Promise<StackProcess> {
  const stack = await StackProcess.start(dir, { env });
  stacks.push(stack);
  return stack;
}

async function nobodyClient(metadata: StackMetadata): Promise<SchedulerClient> {
  return new SchedulerClient(metadata.scheduler_grpc_uri, {
    caPem: await readFile(metadata.ca_crt_path),
    certPem: await readFile(metadata.nobody_crt_path),
    keyPem: await readFile(metadata.nobody_key_path),
  });
}

function registerNode(client: SchedulerClient, key: TestNodeKey) {
  return client.registerNode({ nodeId: key.nodeId, signChallenge: key.signChallenge, network: 'regtest', signerVersion: 'v26.06', initMsg: TEST_INIT_MSG });
}

async function gone(dir: string, timeoutMs = 30_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  while (processesUsing(dir).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return processesUsing(dir);
}

/** A JSON-RPC call to the stack's bitcoind through metadata's bitcoind_rpc_uri (user:password@host:port). */
async function bitcoindRpc<T>(uri: string, method: string, params: unknown[] = []): Promise<T> {
  const url = new URL(uri);
  const response = await fetch(`http://${url.host}/`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}` },
    body: JSON.stringify({ jsonrpc: '1.0', id: 1, method, params }),
  });
  const body = (await response.json()) as { result: T; error: unknown };
  if (body.error) throw new Error(JSON.stringify(body.error));
  return body.result;
}

afterEach(async () => {
  await Promise.all(stacks.splice(0).map((stack) => stack.stop('SIGTERM')));
  // Nothing a stack started (bitcoind included) may outlive it.
  for (const dir of dirs) for (const pid of await gone(dir, 10_000)) process.kill(pid, 'SIGKILL');
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}, 90_000);

describe('pnpm start', () => {
  it('writes metadata.json and .env with Greenlight names, serves registrations, and stops cleanly keeping the data', async () => {
    const dir = await newDir();
    const stack = await start(dir);
    const metadata = await stack.metadata();
    expect(metadata).toEqual({
      scheduler_grpc_uri: expect.stringMatching(/^https:\/\/localhost:\d+$/),
      ca_crt_path: path.join(dir, 'certs/ca.crt'),
      nobody_crt_path: path.join(dir, 'certs/users/nobody.crt'),
      nobody_key_path: path.join(dir, 'certs/users/nobody-key.pem'),
      cert_path: path.join(dir, 'certs'),
    });
    const env = await readFile(path.join(dir, '.env'), 'utf8');
    expect(env.trim().split('\n').sort()).toEqual(
      [
        `GL_CA_CRT=${metadata.ca_crt_path}`,
        `GL_CERT_PATH=${metadata.cert_path}`,
        `GL_NOBODY_CRT=${metadata.nobody_crt_path}`,
        `GL_NOBODY_KEY=${metadata.nobody_key_path}`,
        `GL_SCHEDULER_GRPC_URI=${metadata.scheduler_grpc_uri}`,
      ].sort(),
    );
    expect(stack.output).toContain(metadata.scheduler_grpc_uri);
    expect(stack.output).toContain('bitcoind    none: nodes cannot start (install bitcoind or set BITCOIND, then restart)');
    expect((await stat(path.join(dir, 'certs/ca-key.pem'))).mode & 0o077).toBe(0);

    const key = new TestNodeKey();
    const client = await nobodyClient(metadata);
    const device = await registerNode(client, key);
    client.close();
    // No bitcoind: the node cannot start, and Schedule says what to do.
    const deviceClient = new SchedulerClient(metadata.scheduler_grpc_uri, { caPem: await readFile(metadata.ca_crt_path), ...device });
    await expect(deviceClient.schedule(key.nodeId)).rejects.toMatchObject({
      code: status.FAILED_PRECONDITION,
      details: expect.stringContaining('no bitcoind for lightningd on this gateway: install bitcoind or set BITCOIND to one and restart `pnpm start`'),
    });
    deviceClient.close();

    expect(await stack.stop('SIGTERM')).toBe(0);
    expect(stack.output).toContain('stack stopped; data kept');

    const again = await start(dir);
    const metadataAgain = await again.metadata();
    expect(await readFile(metadataAgain.ca_crt_path, 'utf8')).toBe(await readFile(metadata.ca_crt_path, 'utf8'));
    const clientAgain = await nobodyClient(metadataAgain);
    await expect(registerNode(clientAgain, key)).rejects.toMatchObject({ code: status.ALREADY_EXISTS });
    clientAgain.close();
    expect(await again.stop('SIGINT')).toBe(0);
  });

  it('runs two stacks on two directories side by side', async () => {
    const [first, second] = await Promise.all([start(await newDir()), start(await newDir())]);
    const [a, b] = await Promise.all([first!.metadata(), second!.metadata()]);
    expect(a.scheduler_grpc_uri).not.toBe(b.scheduler_grpc_uri);
    for (const metadata of [a, b]) {
      const client = await nobodyClient(metadata);
      expect(await client.getChallenge('REGISTER', new TestNodeKey().nodeId)).toHaveLength(32);
      client.close();
    }
  });
});

describe.skipIf(skipBitcoind)('pnpm start with a regtest bitcoind', () => {
  it('runs bitcoind with private credentials, a wallet and 101 blocks, hands it to the gateway, and stops it with the stack', async () => {
    const dir = await newDir();
    const stack = await start(dir, { ...withoutBitcoind(), BITCOIND: bitcoind! });
    const metadata = await stack.metadata();
    expect(metadata).toEqual({
      scheduler_grpc_uri: expect.stringMatching(/^https:\/\/localhost:\d+$/),
      ca_crt_path: path.join(dir, 'certs/ca.crt'),
      nobody_crt_path: path.join(dir, 'certs/users/nobody.crt'),
      nobody_key_path: path.join(dir, 'certs/users/nobody-key.pem'),
      cert_path: path.join(dir, 'certs'),
      bitcoind_rpc_uri: expect.stringMatching(/^http:\/\/greenhouse:[0-9a-f]{64}@127\.0\.0\.1:\d+$/),
    });
    const password = new URL(metadata.bitcoind_rpc_uri!).password;
    expect(await readFile(path.join(dir, '.env'), 'utf8')).toContain(`BITCOIND_RPC_URI=${metadata.bitcoind_rpc_uri}\n`);
    expect(stack.output).toMatch(/bitcoind {4}http:\/\/127\.0\.0\.1:\d+ {3}\(regtest/);
    for (const file of ['bitcoind/rpc-password', 'bitcoind/bitcoin.conf', 'metadata.json', '.env']) {
      expect((await stat(path.join(dir, file))).mode & 0o077, file).toBe(0);
    }
    // The password is in no log line and on no command line (bitcoind's, the gateway's, lightningd's).
    expect(stack.output).not.toContain(password);
    const pids = processesUsing(dir);
    expect(pids.length).toBeGreaterThanOrEqual(4); // keeper, bitcoind, scheduler, gateway
    for (const pid of pids) expect(await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).not.toContain(password);

    expect(await bitcoindRpc(metadata.bitcoind_rpc_uri!, 'getblockcount')).toBe(101);
    expect(await bitcoindRpc(metadata.bitcoind_rpc_uri!, 'listwallets')).toEqual(['greenhouse']);

    expect(await stack.stop('SIGTERM')).toBe(0);
    expect(await gone(dir)).toEqual([]); // bitcoind stopped with the stack
    expect(await readFile(path.join(dir, 'bitcoind/regtest/debug.log'), 'utf8')).toMatch(/Shutdown: done\n$/);

    // Again on the same directory: the same credentials, the same chain (not mined again), the wallet loaded.
    const again = await start(dir, { ...withoutBitcoind(), BITCOIND: bitcoind! });
    const uri = (await again.metadata()).bitcoind_rpc_uri!;
    expect(new URL(uri).password).toBe(password);
    expect(await bitcoindRpc(uri, 'getblockcount')).toBe(101);
    expect(await bitcoindRpc(uri, 'listwallets')).toEqual(['greenhouse']);
    // Killed outright, the stack still takes bitcoind with it (its keeper sees the pipe close).
    await again.stop('SIGKILL');
    expect(await gone(dir)).toEqual([]);
  }, 180_000);
});

describe('pnpm start with a running bitcoind of yours', () => {
  it('uses the one given with GREENHOUSE_BITCOIND_HOST/PORT and starts none', async () => {
    const dir = await newDir();
    // BITCOIND is not even looked at: it names nothing.
    const stack = await start(dir, { ...withoutBitcoind(), BITCOIND: path.join(dir, 'no-such-bitcoind'), GREENHOUSE_BITCOIND_HOST: '127.0.0.1', GREENHOUSE_BITCOIND_PORT: '18443' });
    expect((await stack.metadata()).bitcoind_rpc_uri).toBeUndefined();
    expect(stack.output).toContain('bitcoind    127.0.0.1:18443   (yours)');
    await expect(stat(path.join(dir, 'bitcoind'))).rejects.toMatchObject({ code: 'ENOENT' });
  }, 60_000);
});

describe('pnpm start when killed', () => {
  it('takes its services down with it even on SIGKILL', async () => {
    const stack = await start(await newDir());
    const port = Number(new URL((await stack.metadata()).scheduler_grpc_uri).port);
    await stack.stop('SIGKILL');
    const { createConnection } = await import('node:net');
    const stillListening = async () =>
      new Promise<boolean>((resolve) => {
        const socket = createConnection({ host: '127.0.0.1', port }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
    const deadline = Date.now() + 10_000;
    while ((await stillListening()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await stillListening()).toBe(false);
  });
});
