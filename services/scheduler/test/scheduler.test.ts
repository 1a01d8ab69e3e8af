import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { Client, status, Metadata, credentials, loadPackageDefinition, type ServiceError } from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { createRequire } from 'node:module';
import descriptor from 'protobufjs/ext/descriptor/index.js';

const { FileDescriptorProto } = descriptor as unknown as {
  FileDescriptorProto: { decode(bytes: Uint8Array): { name: string; service: { name: string; method: { name: string }[] }[] } };
};
import { createDeviceKey, SchedulerClient, type DeviceCredentials } from '@greenhouse/client';
import { createChildIdentity, createRootIdentity, toPem } from '@greenhouse/common';
import { SchedulerFixture, TEST_INIT_MSG } from './support/scheduler-fixture.ts';
import { TestNodeKey } from './support/test-node-key.ts';

function expectStatus(code: status, message?: RegExp) {
  return expect.objectContaining({ code, ...(message && { details: expect.stringMatching(message) }) });
}

describe('scheduler over mTLS', () => {
  let fixture: SchedulerFixture;
  let nobody: SchedulerClient;

  beforeAll(async () => {
    fixture = await SchedulerFixture.start();
    nobody = await fixture.nobodyClient();
  });
  afterAll(() => fixture.stop());

  async function register(key = new TestNodeKey(), overrides: { network?: string; inviteCode?: string } = {}) {
    const creds = await nobody.registerNode({
      nodeId: key.nodeId,
      signChallenge: key.signChallenge,
      network: overrides.network ?? 'regtest',
      signerVersion: 'v26.06',
      initMsg: TEST_INIT_MSG,
      startupMessages: [{ request: Buffer.from([0, 27, 1]), response: Buffer.from([0, 127, 2]) }],
      ...(overrides.inviteCode !== undefined && { inviteCode: overrides.inviteCode }),
    });
    return { key, creds };
  }

  /** A raw Register with the given fields over a fresh valid challenge, to test one bad field at a time. */
  async function registerWith(key: TestNodeKey, change: (request: Record<string, unknown>) => void | Promise<void>) {
    const challenge = await nobody.getChallenge('REGISTER', key.nodeId);
    const device = await createDeviceKey(`/users/${key.nodeId.toString('hex')}/default`);
    const request: Record<string, unknown> = {
      node_id: key.nodeId,
      network: 'regtest',
      challenge,
      signature: key.signChallenge(challenge),
      signer_proto: 'v26.06',
      init_msg: TEST_INIT_MSG,
      csr: Buffer.from(device.csrPem),
    };
    await change(request);
    return nobody.register(request);
  }

  describe('registration', () => {
    it('registers a node and returns the device certificate chain, leaving the key with the device', async () => {
      const key = new TestNodeKey();
      const challenge = await nobody.getChallenge('REGISTER', key.nodeId);
      expect(challenge).toHaveLength(32);
      const device = await createDeviceKey(`/users/${key.nodeId.toString('hex')}/default`);
      const response = await nobody.register({
        node_id: key.nodeId,
        network: 'regtest',
        challenge,
        signature: key.signChallenge(challenge),
        signer_proto: 'v26.06',
        init_msg: TEST_INIT_MSG,
        csr: Buffer.from(device.csrPem),
      });
      expect(response.device_key).toBe('');
      const chain = response.device_cert.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)!;
      expect(chain).toHaveLength(4); // device ← GL /users/<id> ← GL /users ← GL /
      const [leaf, userCa, users, root] = chain.map((pem) => new X509Certificate(pem));
      expect(leaf!.subject).toContain(`CN=/users/${key.nodeId.toString('hex')}/default`);
      expect(userCa!.subject).toContain(`CN=GL /users/${key.nodeId.toString('hex')}`);
      expect(users!.subject).toContain('CN=GL /users');
      expect(root!.subject).toContain('CN=GL /');
      expect(leaf!.verify(userCa!.publicKey) && userCa!.verify(users!.publicKey) && users!.verify(root!.publicKey)).toBe(true);
      expect(root!.raw).toEqual(new X509Certificate(await fixture.caPem()).raw);
      const devicePublicKey = createPublicKey(createPrivateKey(device.keyPem)).export({ format: 'der', type: 'spki' });
      expect(leaf!.publicKey.export({ format: 'der', type: 'spki' })).toEqual(devicePublicKey);

      const stored = await fixture.scheduler.registry.getNode(key.nodeId);
      expect(stored).toMatchObject({ network: 'regtest', signerVersion: 'v26.06', initMsg: TEST_INIT_MSG });
    });

    it('lets the new device call device-only RPCs with its certificate', async () => {
      const { creds } = await register();
      const device = await fixture.client(creds);
      expect(await device.listInviteCodes()).toEqual({ invite_code_list: [] });
    });

    it('refuses a second registration of the same node with ALREADY_EXISTS, so clients fall back to Recover', async () => {
      const { key } = await register();
      await expect(register(key)).rejects.toEqual(expectStatus(status.ALREADY_EXISTS, /already registered; use Recover/));
      const recovered = await nobody.recoverNode({ nodeId: key.nodeId, signChallenge: key.signChallenge });
      expect(recovered.certPem).toContain('BEGIN CERTIFICATE');
    });

    it('refuses a bad signature with UNAUTHENTICATED', async () => {
      const key = new TestNodeKey();
      const impostor = new TestNodeKey();
      await expect(registerWith(key, (r) => void (r.signature = impostor.signChallenge(r.challenge as Buffer)))).rejects.toEqual(
        expectStatus(status.UNAUTHENTICATED, /signature does not verify/),
      );
      await expect(registerWith(key, (r) => void (r.signature = Buffer.alloc(65)))).rejects.toEqual(
        expectStatus(status.INVALID_ARGUMENT, /64-byte compact/),
      );
    });

    it('refuses a reused challenge, even after a failed attempt', async () => {
      const key = new TestNodeKey();
      let used: Record<string, unknown> = {};
      await expect(
        registerWith(key, (r) => {
          used = { ...r };
          r.signature = Buffer.alloc(64, 1);
        }),
      ).rejects.toEqual(expectStatus(status.UNAUTHENTICATED));
      await expect(nobody.register(used)).rejects.toEqual(expectStatus(status.UNAUTHENTICATED, /unknown or was already used/));
    });

    it('refuses a challenge issued for another scope or node', async () => {
      const key = new TestNodeKey();
      await expect(
        registerWith(key, async (r) => {
          r.challenge = await nobody.getChallenge('RECOVER', key.nodeId);
          r.signature = key.signChallenge(r.challenge as Buffer);
        }),
      ).rejects.toEqual(expectStatus(status.INVALID_ARGUMENT, /issued for RECOVER, not REGISTER/));
      const other = new TestNodeKey();
      await expect(
        registerWith(key, async (r) => {
          r.challenge = await nobody.getChallenge('REGISTER', other.nodeId);
          r.signature = key.signChallenge(r.challenge as Buffer);
        }),
      ).rejects.toEqual(expectStatus(status.INVALID_ARGUMENT, /issued for node/));
    });

    it('refuses a CSR for another node with PERMISSION_DENIED and a malformed one with INVALID_ARGUMENT', async () => {
      const key = new TestNodeKey();
      const other = new TestNodeKey();
      await expect(
        registerWith(key, async (r) => {
          r.csr = Buffer.from((await createDeviceKey(`/users/${other.nodeId.toString('hex')}/default`)).csrPem);
        }),
      ).rejects.toEqual(expectStatus(status.PERMISSION_DENIED, /csr CN names node/));
      await expect(
        registerWith(key, async (r) => {
          r.csr = Buffer.from((await createDeviceKey('/services/scheduler')).csrPem);
        }),
      ).rejects.toEqual(expectStatus(status.INVALID_ARGUMENT, /csr CN must be/));
      await expect(registerWith(key, (r) => void (r.csr = Buffer.from('not a csr')))).rejects.toEqual(
        expectStatus(status.INVALID_ARGUMENT, /PEM certificate signing request/),
      );
    });

    it('refuses an unknown network, a wrong-length node id and a missing init_msg', async () => {
      const key = new TestNodeKey();
      await expect(registerWith(key, (r) => void (r.network = 'litecoin'))).rejects.toEqual(
        expectStatus(status.INVALID_ARGUMENT, /unknown network "litecoin"; this scheduler accepts bitcoin, testnet/),
      );
      await expect(nobody.getChallenge('REGISTER', Buffer.alloc(20, 2))).rejects.toEqual(
        expectStatus(status.INVALID_ARGUMENT, /33-byte compressed/),
      );
      await expect(registerWith(key, (r) => void (r.init_msg = Buffer.alloc(0)))).rejects.toEqual(
        expectStatus(status.INVALID_ARGUMENT, /init_msg/),
      );
    });

    it('survives a request that is not protobuf at all', async () => {
      const client = new Client(`localhost:${fixture.scheduler.port}`, await fixture.nobodyCredentials());
      const error = await new Promise<ServiceError>((resolve) =>
        client.makeUnaryRequest(
          '/scheduler.Scheduler/Register',
          (buffer: Buffer) => buffer,
          (buffer: Buffer) => buffer,
          Buffer.from([0xff, 0xff, 0xff, 0x0f, 0x01]),
          new Metadata(),
          (err) => resolve(err!),
        ),
      );
      client.close();
      expect(error).toMatchObject({ code: status.INVALID_ARGUMENT, details: expect.stringMatching(/Register request is not a valid protobuf message/) });
      expect(fixture.logLines.some((line) => line.includes('not a valid protobuf message'))).toBe(true);
      // …and the server keeps serving.
      expect(await nobody.getChallenge('REGISTER', new TestNodeKey().nodeId)).toHaveLength(32);
    });
  });

  describe('recovery', () => {
    it('issues a certificate for a new device and keeps the old one valid', async () => {
      const { key, creds } = await register();
      const recovered = await nobody.recoverNode({ nodeId: key.nodeId, signChallenge: key.signChallenge });
      const leaf = new X509Certificate(recovered.certPem);
      expect(leaf.subject).toMatch(new RegExp(`CN=/users/${key.nodeId.toString('hex')}/recovered-[0-9a-f]{16}`));
      expect(await (await fixture.client(recovered)).listInviteCodes()).toBeDefined();
      expect(await (await fixture.client(creds)).listInviteCodes()).toBeDefined();
      const devices = await fixture.scheduler.registry.listDevices(key.nodeId);
      expect(devices.map((d) => d.origin)).toEqual(['register', 'recover']);
    });

    it('answers NOT_FOUND for a node that was never registered', async () => {
      const key = new TestNodeKey();
      await expect(nobody.recoverNode({ nodeId: key.nodeId, signChallenge: key.signChallenge })).rejects.toEqual(
        expectStatus(status.NOT_FOUND, /not registered here; register it first/),
      );
    });

    it('refuses a recovery signed by someone else', async () => {
      const { key } = await register();
      const impostor = new TestNodeKey();
      await expect(nobody.recoverNode({ nodeId: key.nodeId, signChallenge: impostor.signChallenge })).rejects.toEqual(
        expectStatus(status.UNAUTHENTICATED),
      );
    });
  });

  describe('authorization', () => {
    it('keeps NOBODY away from device-only RPCs', async () => {
      await expect(nobody.listInviteCodes()).rejects.toEqual(expectStatus(status.PERMISSION_DENIED, /needs a device certificate/));
      await expect(nobody.schedule(new TestNodeKey().nodeId)).rejects.toEqual(expectStatus(status.PERMISSION_DENIED));
      await expect(nobody.maybeUpgrade({ signer_version: 'v26.06' })).rejects.toEqual(expectStatus(status.PERMISSION_DENIED));
    });

    it('refuses a device of node A that names node B', async () => {
      const a = await register();
      const b = await register();
      const deviceOfA = await fixture.client(a.creds);
      await expect(deviceOfA.schedule(b.key.nodeId)).rejects.toEqual(expectStatus(status.PERMISSION_DENIED, /cannot act on node/));
      await expect(deviceOfA.getNodeInfo(b.key.nodeId)).rejects.toEqual(expectStatus(status.PERMISSION_DENIED));
    });

    it('fails the TLS handshake without a client certificate or with a foreign CA', async () => {
      const caPem = await fixture.caPem();
      const root = await createRootIdentity('GL /');
      const foreignUsers = await createChildIdentity(root, 'GL /users', { isCa: true });
      const foreignNobody = await toPem(await createChildIdentity(foreignUsers, 'GL /users/nobody', { isCa: false }));
      const foreign = new SchedulerClient(fixture.scheduler.grpcUri, { caPem, certPem: foreignNobody.chainPem, keyPem: foreignNobody.keyPem }, 5000);
      await expect(foreign.getChallenge('REGISTER', new TestNodeKey().nodeId)).rejects.toEqual(expectStatus(status.UNAVAILABLE));
      foreign.close();

      const { grpcPackages } = await import('@greenhouse/common');
      const anonymous = new (grpcPackages().scheduler.Scheduler)(`localhost:${fixture.scheduler.port}`, credentials.createSsl(Buffer.from(caPem)));
      const error = await new Promise<ServiceError | null>((resolve) =>
        (anonymous as unknown as { GetChallenge: (r: object, m: Metadata, o: object, cb: (e: ServiceError | null) => void) => void }).GetChallenge(
          { scope: 'REGISTER', node_id: new TestNodeKey().nodeId },
          new Metadata(),
          { deadline: Date.now() + 5000 },
          resolve,
        ),
      );
      anonymous.close();
      expect(error?.code).toBe(status.UNAVAILABLE);
    });
  });

  describe('device RPCs', () => {
    let device: SchedulerClient;
    let key: TestNodeKey;
    beforeAll(async () => {
      const registered = await register();
      key = registered.key;
      device = await fixture.client(registered.creds);
    });

    it('Schedule and GetNodeInfo say that no gateway is connected', async () => {
      await expect(device.schedule(key.nodeId)).rejects.toEqual(expectStatus(status.FAILED_PRECONDITION, /no node gateway connected/));
      await expect(device.getNodeInfo(key.nodeId, true)).rejects.toEqual(expectStatus(status.FAILED_PRECONDITION));
    });

    it('MaybeUpgrade records the signer version and answers the old one', async () => {
      expect(await device.maybeUpgrade({ signer_version: 'v26.09', startupmsgs: [] })).toEqual({ old_version: 'v26.06' });
      expect(await device.maybeUpgrade({ signer_version: 'v26.09', startupmsgs: [] })).toEqual({ old_version: 'v26.09' });
      expect((await fixture.scheduler.registry.getNode(key.nodeId))?.startupMessages).toHaveLength(1);
    });

    it('ReportSignerRejection is accepted from NOBODY and recorded', async () => {
      await nobody.reportSignerRejection({ msg: 'no matching request', git_version: 'v26.06', node_id: key.nodeId, request: { raw: Buffer.from([0, 8, 1]) } });
      expect(fixture.logLines.some((line) => line.includes('signer rejected a request') && line.includes('no matching request'))).toBe(true);
    });
  });

  describe('server plumbing', () => {
    it('answers grpc.health.v1 SERVING and lists services by reflection', async () => {
      const require = createRequire(import.meta.url);
      const creds = await fixture.nobodyCredentials();
      const healthProto = require.resolve('grpc-health-check/proto/health/v1/health.proto');
      const health = loadPackageDefinition(protoLoader.loadSync(healthProto, { enums: String })) as never as {
        grpc: { health: { v1: { Health: new (t: string, c: typeof creds) => { Check: (r: object, cb: (e: unknown, r: { status: string }) => void) => void; close(): void } } } };
      };
      const client = new health.grpc.health.v1.Health(`localhost:${fixture.scheduler.port}`, creds);
      const response = await new Promise<{ status: string }>((resolve, reject) => client.Check({ service: '' }, (e, r) => (e ? reject(e) : resolve(r))));
      client.close();
      expect(response.status).toBe('SERVING');

      // grpcurl asks v1 reflection for the service list, then for the file that defines a symbol.
      const reflectionProto = require.resolve('@grpc/reflection/build/proto/grpc/reflection/v1/reflection.proto');
      type ReflectionStream = NodeJS.ReadWriteStream & { write(m: object): void; end(): void };
      const reflection = loadPackageDefinition(protoLoader.loadSync(reflectionProto, { keepCase: true })) as never as {
        grpc: { reflection: { v1: { ServerReflection: new (t: string, c: typeof creds) => { ServerReflectionInfo(): ReflectionStream; close(): void } } } };
      };
      const reflectionClient = new reflection.grpc.reflection.v1.ServerReflection(`localhost:${fixture.scheduler.port}`, creds);
      const stream = reflectionClient.ServerReflectionInfo();
      const ask = (request: object) =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          stream.once('data', (m: Record<string, unknown>) => resolve(m));
          stream.once('error', reject);
          stream.write(request);
        });
      const listed = (await ask({ list_services: '' })) as { list_services_response: { service: { name: string }[] } };
      const symbol = (await ask({ file_containing_symbol: 'scheduler.Scheduler' })) as {
        file_descriptor_response: { file_descriptor_proto: Buffer[] };
      };
      stream.end();
      reflectionClient.close();
      expect(listed.list_services_response.service.map((s) => s.name)).toEqual(
        expect.arrayContaining(['scheduler.Scheduler', 'scheduler.Debug', 'scheduler.Pairing', 'grpc.health.v1.Health']),
      );
      const files = symbol.file_descriptor_response.file_descriptor_proto.map((bytes) => FileDescriptorProto.decode(bytes));
      const schedulerFile = files.find((file) => file.service.some((service) => service.name === 'Scheduler'));
      expect(schedulerFile?.service[0]?.method.map((m) => m.name)).toEqual(expect.arrayContaining(['Register', 'Recover', 'GetChallenge']));
    });

    it('never writes secrets to its log', () => {
      const log = fixture.logLines.join('\n');
      expect(log).not.toMatch(/PRIVATE KEY/);
      expect(log).not.toMatch(/"signature":"(?!\[redacted\])/);
    });
  });
});

describe('challenges and invite codes under other settings', () => {
  it('refuses an expired challenge', async () => {
    const fixture = await SchedulerFixture.start({ challengeTtlMs: 200 });
    try {
      const nobody = await fixture.nobodyClient();
      const key = new TestNodeKey();
      const creds = nobody.registerNode({
        nodeId: key.nodeId,
        signChallenge: async (challenge) => {
          await new Promise((resolve) => setTimeout(resolve, 400));
          return key.signChallenge(challenge);
        },
        network: 'regtest',
        signerVersion: 'v26.06',
        initMsg: TEST_INIT_MSG,
      });
      await expect(creds).rejects.toEqual(expectStatus(status.UNAUTHENTICATED, /challenge expired/));
    } finally {
      await fixture.stop();
    }
  });

  it('requires an invite code when configured, and each code works once', async () => {
    const fixture = await SchedulerFixture.start({ requireInviteCode: true, inviteCodesPerNode: 2 });
    try {
      const nobody = await fixture.nobodyClient();
      const registerNode = (key: TestNodeKey, inviteCode?: string) =>
        nobody.registerNode({ nodeId: key.nodeId, signChallenge: key.signChallenge, network: 'regtest', signerVersion: 'v26.06', initMsg: TEST_INIT_MSG, ...(inviteCode && { inviteCode }) });

      await expect(registerNode(new TestNodeKey())).rejects.toEqual(expectStatus(status.PERMISSION_DENIED, /requires an invite code/));
      await fixture.scheduler.registry.createInviteCodes(['aaaa-bbbb'], null);
      const first = await registerNode(new TestNodeKey(), 'aaaa-bbbb');
      await expect(registerNode(new TestNodeKey(), 'aaaa-bbbb')).rejects.toEqual(expectStatus(status.PERMISSION_DENIED, /unknown or already used/));

      const firstDevice = await fixture.client(first);
      const { invite_code_list: codes } = await firstDevice.listInviteCodes();
      expect(codes).toHaveLength(2);
      expect(codes.every((c) => /^[0-9a-f]{4}-[0-9a-f]{4}$/.test(c.code) && !c.is_redeemed)).toBe(true);
      await registerNode(new TestNodeKey(), codes[0]!.code);
      const after = await firstDevice.listInviteCodes();
      expect(after.invite_code_list.find((c) => c.code === codes[0]!.code)?.is_redeemed).toBe(true);
    } finally {
      await fixture.stop();
    }
  });
});

describe('durability', () => {
  it('keeps every node and device across a restart on the same data dir', async () => {
    const fixture = await SchedulerFixture.start();
    try {
      const nobody = await fixture.nobodyClient();
      const key = new TestNodeKey();
      const creds: DeviceCredentials = await nobody.registerNode({
        nodeId: key.nodeId,
        signChallenge: key.signChallenge,
        network: 'regtest',
        signerVersion: 'v26.06',
        initMsg: TEST_INIT_MSG,
      });
      const caBefore = await fixture.caPem();
      await fixture.restart();
      expect(await fixture.caPem()).toBe(caBefore);

      // The device certificate issued before the restart is still accepted…
      const device = await fixture.client(creds);
      expect(await device.listInviteCodes()).toEqual({ invite_code_list: [] });
      // …the node is still known…
      const nobodyAgain = await fixture.nobodyClient();
      await expect(
        nobodyAgain.registerNode({ nodeId: key.nodeId, signChallenge: key.signChallenge, network: 'regtest', signerVersion: 'v26.06', initMsg: TEST_INIT_MSG }),
      ).rejects.toEqual(expectStatus(status.ALREADY_EXISTS));
      // …and can be recovered under the same per-user CA.
      const recovered = await nobodyAgain.recoverNode({ nodeId: key.nodeId, signChallenge: key.signChallenge });
      const [, userCaAfter] = recovered.certPem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)!;
      const [, userCaBefore] = creds.certPem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)!;
      expect(userCaAfter).toBe(userCaBefore);
    } finally {
      await fixture.stop();
    }
  });
});
