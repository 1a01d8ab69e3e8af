// A gateway linked to two scheduler replicas on one PostgreSQL (the Kubernetes layout): either
// replica places a node on it, and both learn when it starts and stops, whoever asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HsmSecret, Signer } from '@greenhouse/signer';
import type { DeviceCredentials } from '@greenhouse/client';
import { SchedulerFixture } from '../services/scheduler/test/support/scheduler-fixture.ts';
import { testPostgres, type TestDatabase } from '../services/scheduler/test/support/postgres-server.ts';
import { registerSigner } from './support/register-signer.ts';
import { startGatewayProcess, type GatewayProcess } from './support/gateway-process.ts';

const postgres = await testPostgres();
if (postgres.skipReason) console.warn(`gateway with two scheduler replicas skipped: ${postgres.skipReason}`);

describe.skipIf(postgres.skipReason !== undefined)('a gateway linked to two scheduler replicas', () => {
  let database: TestDatabase;
  let a: SchedulerFixture;
  let b: SchedulerFixture;
  let gateway: GatewayProcess;
  let signer: Signer;
  let device: DeviceCredentials;

  beforeAll(async () => {
    database = await postgres.server!.createDatabase();
    a = await SchedulerFixture.start({ databaseUrl: database.url });
    b = await SchedulerFixture.start({ databaseUrl: database.url }, a.dataDir);
    gateway = await startGatewayProcess(a.dataDir, `${a.scheduler.grpcUri},${b.scheduler.grpcUri}`, undefined, ['--idle-stop', '2']);
    const deadline = Date.now() + 10_000;
    while ((a.scheduler.placement.connectedGateways < 1 || b.scheduler.placement.connectedGateways < 1) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    signer = new Signer({ secret: HsmSecret.fromBytes(new Uint8Array(32).fill(21)), network: 'regtest' });
    device = await registerSigner(a, signer);
  }, 90_000);

  afterAll(async () => {
    await gateway?.stop();
    await b?.stop();
    await a?.stop();
    await database?.drop();
    await postgres.server?.stop();
  }, 60_000);

  it('links to both; a node scheduled at B is known at A; its idle stop reaches both', async () => {
    expect(a.scheduler.placement.connectedGateways).toBe(1);
    expect(b.scheduler.placement.connectedGateways).toBe(1);

    const placed = await (await b.client(device, 60_000)).schedule(signer.nodeId);
    expect(placed.grpc_uri).toBe(gateway.grpcUri);
    const atA = await (await a.client(device)).getNodeInfo(signer.nodeId, true, 5000);
    expect(atA.grpc_uri).toBe(gateway.grpcUri);
    expect(atA.session_id).toBe(placed.session_id);

    // Nobody uses it: it stops after 2 s, and both replicas hear so.
    const deadline = Date.now() + 20_000;
    while ((a.scheduler.placement.locate(signer.nodeId) || b.scheduler.placement.locate(signer.nodeId)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(a.scheduler.placement.locate(signer.nodeId)).toBeUndefined();
    expect(b.scheduler.placement.locate(signer.nodeId)).toBeUndefined();

    // Schedule at A now starts it again on the same gateway (its home).
    expect((await (await a.client(device, 60_000)).schedule(signer.nodeId)).grpc_uri).toBe(gateway.grpcUri);
    // B hears of it over its own link, a moment later.
    const heard = Date.now() + 10_000;
    while (!b.scheduler.placement.locate(signer.nodeId) && Date.now() < heard) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(b.scheduler.placement.locate(signer.nodeId)?.grpcUri).toBe(gateway.grpcUri);
  }, 90_000);
});
