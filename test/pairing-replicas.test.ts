// Pairing across two scheduler replicas on one PostgreSQL: the new device's PairDevice waits at
// one replica, the trusted device approves or denies at the other, and the node's signer is
// attached to whichever; the session row in the shared registry is where they all meet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { status, type ServiceError } from '@grpc/grpc-js';
import { Rune } from '@greenhouse/common/runes';
import { type SchedulerClient } from '@greenhouse/client';
import { SchedulerFixture } from '../services/scheduler/test/support/scheduler-fixture.ts';
import { testPostgres, type TestDatabase } from '../services/scheduler/test/support/postgres-server.ts';
import { clientFor, eventually, trustedNode, type TrustedNode } from './support/pairing-parties.ts';

const postgres = await testPostgres();
if (postgres.skipReason) console.warn(`pairing across scheduler replicas skipped: ${postgres.skipReason}`);

function statusError(code: status, details?: RegExp) {
  return expect.objectContaining({ code, ...(details && { details: expect.stringMatching(details) }) });
}

function settled<T>(promise: Promise<T>): Promise<{ value?: T; error?: ServiceError }> {
  return promise.then(
    (value) => ({ value }),
    (error: ServiceError) => ({ error }),
  );
}

describe.skipIf(postgres.skipReason !== undefined)('pairing across two scheduler replicas on one PostgreSQL', () => {
  let database: TestDatabase;
  let a: SchedulerFixture;
  let b: SchedulerFixture;
  let node: TrustedNode;
  let trustedAtA: SchedulerClient;
  let trustedAtB: SchedulerClient;
  let nobodyAtA: SchedulerClient;
  let nobodyAtB: SchedulerClient;

  beforeAll(async () => {
    database = await postgres.server!.createDatabase();
    a = await SchedulerFixture.start({ databaseUrl: database.url, pairingTimeoutMs: 60_000 });
    b = await SchedulerFixture.start({ databaseUrl: database.url, pairingTimeoutMs: 60_000 }, a.dataDir);
    node = await trustedNode(a, 11);
    // The node's signer is attached to replica A only.
    await node.startSigner(a.scheduler.grpcUri);
    await eventually(() => a.logLines.some((l) => l.includes('signer attached for pairing approvals')));
    trustedAtA = clientFor(a.scheduler.grpcUri, node.creds);
    trustedAtB = clientFor(b.scheduler.grpcUri, node.creds);
    nobodyAtA = await a.nobodyClient();
    nobodyAtB = await b.nobodyClient();
  });
  afterAll(async () => {
    trustedAtA?.close();
    trustedAtB?.close();
    await node?.stopSigner();
    await b?.stop();
    await a?.stop();
    await database?.drop();
    await postgres.server?.stop();
  });

  it('PairDevice at B, approval at B, signer at A: the approval reaches the signer and the rune reaches the new device', async () => {
    const pending = await nobodyAtB.requestPairing({ name: 'Shop terminal', restrictions: 'method^list|method=createinvoice' });
    const outcome = settled(pending.result);
    const data = await trustedAtB.getPairingData(pending.deviceId);
    await trustedAtB.approvePairing(data, node.creds);
    const paired = (await outcome).value!;
    expect(paired).toBeDefined();
    expect(Rune.fromBase64(paired.response.rune).restrictionsText).toBe(`=0-gl0&pubkey=${pending.deviceId}&method^list|method=createinvoice`);
    expect(paired.nodeId).toEqual(node.signer.nodeId);
    expect(a.logLines.some((l) => l.includes('pairing approval forwarded to the signer'))).toBe(true);
    expect(b.logLines.some((l) => l.includes('device paired'))).toBe(true);
    // Both replicas know the new device, and its certificate works at either.
    for (const fixture of [a, b]) {
      const devices = await fixture.scheduler.registry.listDevices(node.signer.nodeId);
      expect(devices.map((d) => d.deviceName)).toEqual(['default', 'Shop terminal']);
    }
    const shopAtA = clientFor(a.scheduler.grpcUri, paired.credentials);
    expect(await shopAtA.listInviteCodes()).toEqual({ invite_code_list: [] });
    shopAtA.close();
  });

  it('PairDevice at A, approval at B refused by the signer at A: the reason reaches the new device at A', async () => {
    const pending = await nobodyAtA.requestPairing({ name: 'Till', restrictions: 'method^list' });
    const outcome = settled(pending.result);
    const data = await trustedAtB.getPairingData(pending.deviceId);
    await expect(trustedAtB.approvePairing({ ...data, restrictions: 'method^list' }, node.creds)).rejects.toEqual(statusError(status.PERMISSION_DENIED));
    expect((await outcome).error).toEqual(statusError(status.PERMISSION_DENIED, /refused the approval by device "default": restrictions must contain "pubkey=/));
  });

  it('PairDevice at A, denied at B: PERMISSION_DENIED at A with the reason; then the session is gone at both', async () => {
    const pending = await nobodyAtA.requestPairing({ name: 'Stranger' });
    const outcome = settled(pending.result);
    await trustedAtB.getPairingData(pending.deviceId);
    await trustedAtB.denyPairing(pending.deviceId, 'not one of ours');
    expect((await outcome).error).toEqual(statusError(status.PERMISSION_DENIED, /denied the pairing: not one of ours/));
    await eventually(async () => (await b.scheduler.registry.getPairingSession(pending.deviceId)) === undefined);
  });

  it('with the signer attached nowhere, an approval at either replica is UNAVAILABLE after replicas had the chance to take it', async () => {
    await node.stopSigner();
    await eventually(() => a.logLines.some((l) => l.includes('signer detached from pairing approvals')));
    const pending = await nobodyAtB.requestPairing({ name: 'Orphan' });
    const outcome = settled(pending.result);
    const data = await trustedAtA.getPairingData(pending.deviceId);
    await expect(trustedAtA.approvePairing(data, node.creds)).rejects.toEqual(statusError(status.UNAVAILABLE, /no signer of node [0-9a-f]{66} is attached/));
    expect((await b.scheduler.registry.getPairingSession(pending.deviceId))?.state).toBe('waiting');
    pending.cancel();
    expect((await outcome).error).toEqual(statusError(status.CANCELLED));
  });
});
