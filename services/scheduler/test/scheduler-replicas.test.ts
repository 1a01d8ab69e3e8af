// Two schedulers on one PostgreSQL, as replicas behind one address are: whatever one of them
// issued or stored, the other honours. They share the data dir's certs/ (in a deployment, the CA
// Secret every replica mounts); nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { createDeviceKey, type SchedulerClient } from '@greenhouse/client';
import { SchedulerFixture, TEST_INIT_MSG } from './support/scheduler-fixture.ts';
import { TestNodeKey } from './support/test-node-key.ts';
import { testPostgres, type TestDatabase } from './support/postgres-server.ts';

const postgres = await testPostgres();
if (postgres.skipReason) console.warn(`scheduler replicas on postgres skipped: ${postgres.skipReason}`);

function expectStatus(code: status, message?: RegExp) {
  return expect.objectContaining({ code, ...(message && { details: expect.stringMatching(message) }) });
}

describe.skipIf(postgres.skipReason !== undefined)('two scheduler replicas on one PostgreSQL', () => {
  let database: TestDatabase;
  let a: SchedulerFixture;
  let b: SchedulerFixture;
  let nobodyA: SchedulerClient;
  let nobodyB: SchedulerClient;

  beforeAll(async () => {
    database = await postgres.server!.createDatabase();
    const settings = { databaseUrl: database.url, inviteCodesPerNode: 1 };
    a = await SchedulerFixture.start(settings);
    b = await SchedulerFixture.start(settings, a.dataDir);
    expect(b.scheduler.port).not.toBe(a.scheduler.port);
    nobodyA = await a.nobodyClient();
    nobodyB = await b.nobodyClient();
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
    await database?.drop();
    await postgres.server?.stop();
  });

  async function registerRequest(key: TestNodeKey, challenge: Buffer, inviteCode = '') {
    const device = await createDeviceKey(`/users/${key.nodeId.toString('hex')}/default`);
    return {
      device,
      request: {
        node_id: key.nodeId,
        network: 'regtest',
        challenge,
        signature: key.signChallenge(challenge),
        signer_proto: 'v26.06',
        init_msg: TEST_INIT_MSG,
        csr: Buffer.from(device.csrPem),
        invite_code: inviteCode,
      },
    };
  }

  it('registers at B with a challenge from A, once, and both replicas know the node and its device', async () => {
    const key = new TestNodeKey();
    const challenge = await nobodyA.getChallenge('REGISTER', key.nodeId);
    const { device, request } = await registerRequest(key, challenge);
    const response = await nobodyB.register(request);
    const creds = { certPem: response.device_cert, keyPem: device.keyPem };

    // The challenge was consumed at B, so A refuses it too.
    await expect(nobodyA.register((await registerRequest(key, challenge)).request)).rejects.toEqual(
      expectStatus(status.UNAUTHENTICATED, /unknown or was already used/),
    );

    // The device certificate B issued works at A and at B, and both find the same node.
    const deviceAtA = await a.client(creds);
    const deviceAtB = await b.client(creds);
    expect(await deviceAtA.maybeUpgrade({ signer_version: 'v26.09', startupmsgs: [] })).toEqual({ old_version: 'v26.06' });
    expect(await deviceAtB.maybeUpgrade({ signer_version: 'v26.09', startupmsgs: [] })).toEqual({ old_version: 'v26.09' });
    const codesAtA = await deviceAtA.listInviteCodes();
    expect(codesAtA.invite_code_list).toHaveLength(1);
    expect(await deviceAtB.listInviteCodes()).toEqual(codesAtA);
    // GetNodeInfo accepts the device at both; no gateway is connected to either replica here.
    await expect(deviceAtA.getNodeInfo(key.nodeId)).rejects.toEqual(expectStatus(status.FAILED_PRECONDITION, /no node gateway/));
    await expect(deviceAtB.getNodeInfo(key.nodeId)).rejects.toEqual(expectStatus(status.FAILED_PRECONDITION, /no node gateway/));

    // A knows the node B registered: a second Register there is ALREADY_EXISTS…
    await expect(
      nobodyA.registerNode({ nodeId: key.nodeId, signChallenge: key.signChallenge, network: 'regtest', signerVersion: 'v26.06', initMsg: TEST_INIT_MSG }),
    ).rejects.toEqual(expectStatus(status.ALREADY_EXISTS));
    // …and Recover at A, with a challenge from B, signs a new device under the node's CA.
    const recoverChallenge = await nobodyB.getChallenge('RECOVER', key.nodeId);
    const phone = await createDeviceKey(`/users/${key.nodeId.toString('hex')}/phone`);
    const recovered = await nobodyA.recover({
      node_id: key.nodeId,
      challenge: recoverChallenge,
      signature: key.signChallenge(recoverChallenge),
      csr: Buffer.from(phone.csrPem),
    });
    const userCa = (pem: string) => pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)![1];
    expect(userCa(recovered.device_cert)).toBe(userCa(response.device_cert));
    const phoneAtB = await b.client({ certPem: recovered.device_cert, keyPem: phone.keyPem });
    expect(await phoneAtB.listInviteCodes()).toEqual(codesAtA);

    for (const fixture of [a, b]) {
      const devices = await fixture.scheduler.registry.listDevices(key.nodeId);
      expect(devices.map((d) => [d.deviceName, d.origin])).toEqual([
        ['default', 'register'],
        ['phone', 'recover'],
      ]);
    }
  });

  it('serves registrations at both replicas at once, and an invite code issued through one is used once through the other', async () => {
    const keys = Array.from({ length: 8 }, () => new TestNodeKey());
    const registered = await Promise.all(
      keys.map((key, i) => {
        const [issuer, registrar] = i % 2 ? [nobodyA, nobodyB] : [nobodyB, nobodyA];
        return issuer.getChallenge('REGISTER', key.nodeId).then(async (challenge) => {
          const { device, request } = await registerRequest(key, challenge);
          const response = await registrar.register(request);
          return { certPem: response.device_cert, keyPem: device.keyPem };
        });
      }),
    );
    for (const key of keys) {
      expect(await a.scheduler.registry.getNode(key.nodeId)).toBeDefined();
      expect(await b.scheduler.registry.getNode(key.nodeId)).toBeDefined();
    }

    const inviter = await a.client(registered[0]!);
    const code = (await inviter.listInviteCodes()).invite_code_list[0]!.code;
    const [first, second] = [new TestNodeKey(), new TestNodeKey()];
    const attempts = await Promise.allSettled([
      nobodyA.getChallenge('REGISTER', first.nodeId).then(async (c) => nobodyB.register((await registerRequest(first, c, code)).request)),
      nobodyB.getChallenge('REGISTER', second.nodeId).then(async (c) => nobodyA.register((await registerRequest(second, c, code)).request)),
    ]);
    expect(attempts.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(attempts.find((r) => r.status === 'rejected')).toEqual(
      expect.objectContaining({ reason: expectStatus(status.PERMISSION_DENIED, /unknown or already used/) }),
    );
    expect((await inviter.listInviteCodes()).invite_code_list).toEqual([{ code, is_redeemed: true }]);
  });

  it('never writes the database URL\'s secrets or keys to either log', () => {
    for (const fixture of [a, b]) {
      const log = fixture.logLines.join('\n');
      expect(log).toContain('registry open');
      expect(log).not.toContain(database.password);
      expect(log).not.toMatch(/PRIVATE KEY/);
      expect(log).not.toMatch(/"signature":"(?!\[redacted\])/);
    }
  });
});
