// Two scheduler PROCESSES (`services/scheduler/src/main.ts run`, as deployed) on one PostgreSQL and
// one CA directory: a node registered at A is served at B; a new device asks to pair at A and a
// trusted device approves at B, with the node's signer attached to A.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SchedulerClient } from '@greenhouse/client';
import type { SchedulerFixture } from '../services/scheduler/test/support/scheduler-fixture.ts';
import { testPostgres, type TestDatabase } from '../services/scheduler/test/support/postgres-server.ts';
import { clientFor, trustedNode, type TrustedNode } from './support/pairing-parties.ts';

const SCHEDULER_MAIN = path.resolve(import.meta.dirname, '../services/scheduler/src/main.ts');
const postgres = await testPostgres();
if (postgres.skipReason) console.warn(`two scheduler processes on PostgreSQL skipped: ${postgres.skipReason}`);

interface SchedulerProcess {
  child: ChildProcess;
  grpcUri: string;
  caPath: string;
  nobodyCrt: string;
  nobodyKey: string;
}

function startScheduler(dir: string, databaseUrl: string): Promise<SchedulerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCHEDULER_MAIN, 'run', '--dir', dir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, GREENHOUSE_DATABASE_URL: databaseUrl },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('scheduler not ready in time')), 60_000);
    child.once('exit', (code) => reject(new Error(`scheduler exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; grpc_uri?: string; ca_crt_path?: string; nobody_crt_path?: string; nobody_key_path?: string };
        if (entry.msg === 'scheduler ready') {
          clearTimeout(timer);
          resolve({ child, grpcUri: entry.grpc_uri!, caPath: entry.ca_crt_path!, nobodyCrt: entry.nobody_crt_path!, nobodyKey: entry.nobody_key_path! });
        }
      } catch {
        // not a log line
      }
    });
  });
}

async function stop(scheduler: SchedulerProcess | undefined): Promise<void> {
  if (!scheduler || scheduler.child.exitCode !== null) return;
  const exited = new Promise((resolve) => scheduler.child.once('exit', resolve));
  scheduler.child.kill('SIGTERM');
  await exited;
}

/** What the pairing test parties need of a scheduler, for one running as a process. */
async function asFixture(scheduler: SchedulerProcess): Promise<SchedulerFixture> {
  const caPem = await readFile(scheduler.caPath, 'utf8');
  const nobody = { caPem, certPem: await readFile(scheduler.nobodyCrt, 'utf8'), keyPem: await readFile(scheduler.nobodyKey, 'utf8') };
  return {
    scheduler: { grpcUri: scheduler.grpcUri },
    caPem: async () => caPem,
    nobodyClient: async () => new SchedulerClient(scheduler.grpcUri, nobody, 15_000),
  } as unknown as SchedulerFixture;
}

describe.skipIf(postgres.skipReason !== undefined)('two scheduler processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let dir: string;
  let a: SchedulerProcess;
  let b: SchedulerProcess;
  let node: TrustedNode;

  beforeAll(async () => {
    database = await postgres.server!.createDatabase();
    dir = await mkdtemp(path.join(tmpdir(), 'gh-schedulers-'));
    a = await startScheduler(dir, database.url); // creates the CA
    b = await startScheduler(dir, database.url); // loads it
    expect(b.grpcUri).not.toBe(a.grpcUri);
  }, 120_000);

  afterAll(async () => {
    await node?.stopSigner();
    await stop(b);
    await stop(a);
    await database?.drop();
    await postgres.server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it('registers at one and is known at the other; pairs a device across them', async () => {
    const atA = await asFixture(a);
    node = await trustedNode(atA, 41); // registered at A
    const trustedAtB = clientFor(b.grpcUri, node.creds);
    expect((await trustedAtB.maybeUpgrade({ signer_version: 'v26.09', startupmsgs: [] })).old_version).toBeDefined();
    await node.startSigner(a.grpcUri); // the signer serves approvals from A

    const nobodyAtA = await atA.nobodyClient();
    const pending = await nobodyAtA.requestPairing({ name: 'Till', restrictions: 'method^list|method^get' });
    const data = await trustedAtB.getPairingData(pending.deviceId);
    expect(data).toMatchObject({ device_id: pending.deviceId, device_name: 'Till' });
    await trustedAtB.approvePairing(data, node.creds);
    const paired = await pending.result;
    expect(paired.nodeId.equals(node.signer.nodeId)).toBe(true);
    expect(paired.credentials.certPem).toContain('BEGIN CERTIFICATE');
    // The paired device is a device of the node at both replicas.
    const pairedAtB = clientFor(b.grpcUri, paired.credentials);
    expect((await pairedAtB.listInviteCodes()).invite_code_list).toEqual([]);
    for (const client of [trustedAtB, nobodyAtA, pairedAtB]) client.close();
  }, 120_000);
});
