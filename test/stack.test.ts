import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { status } from '@grpc/grpc-js';
import { SchedulerClient } from '@greenhouse/client';
import { StackProcess, type StackMetadata } from './support/stack-process.ts';
import { TestNodeKey } from '../services/scheduler/test/support/test-node-key.ts';
import { TEST_INIT_MSG } from '../services/scheduler/test/support/scheduler-fixture.ts';

const stacks: StackProcess[] = [];
const dirs: string[] = [];

async function newDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'greenhouse-stack-'));
  dirs.push(dir);
  return dir;
}

async function start(dir: string): Promise<StackProcess> {
  const stack = await StackProcess.start(dir);
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

afterEach(async () => {
  await Promise.all(stacks.splice(0).map((stack) => stack.stop('SIGTERM')));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

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
    expect((await stat(path.join(dir, 'certs/ca-key.pem'))).mode & 0o077).toBe(0);

    const key = new TestNodeKey();
    const client = await nobodyClient(metadata);
    await registerNode(client, key);
    client.close();

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
