// The registry's contract, one suite run against both dialects: the SQLite file and a real
// PostgreSQL (GREENHOUSE_TEST_DATABASE_URL, or a cluster the test support starts; else skipped).
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { status } from '@grpc/grpc-js';
import { createLogger, GreenhouseError } from '@greenhouse/common';
import { MAX_OUTSTANDING_CHALLENGES, TableChallengeStore } from '../src/registry/challenge-stores.ts';
import { MIGRATIONS, migrationStatements } from '../src/registry/migrations.ts';
import {
  describeRegistryLocation,
  openDatabase,
  openRegistry,
  redactDatabaseUrl,
  registryLocation,
  type RegistryLocation,
} from '../src/registry/open-registry.ts';
import type { ChallengeRecord, DeviceRecord, NodeRecord, PairingSessionRecord, Registry } from '../src/registry/registry.ts';
import type { SqlRegistry } from '../src/registry/sql-registry.ts';
import { freePort } from '../../../test/support/free-port.ts';
import { testPostgres, type TestDatabase } from './support/postgres-server.ts';

const postgres = await testPostgres();
if (postgres.skipReason) console.warn(`registry on postgres skipped: ${postgres.skipReason}`);
afterAll(() => postgres.server?.stop());

/** Passwords that must never reach a log line. */
const URL_PASSWORD = 'pw-that-must-not-be-logged';
const passwords = [URL_PASSWORD];

const logLines: string[] = [];
const logger = createLogger({
  name: 'registry-test',
  level: 'debug',
  destination: new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...String(chunk).trim().split('\n'));
      done();
    },
  }),
});

interface DialectUnderTest {
  dialect: 'sqlite' | 'postgres';
  skipReason: string | undefined;
  /** A fresh, empty database: its location and how to throw it away. */
  fresh(): Promise<{ location: RegistryLocation; remove(): Promise<void> }>;
}

const DIALECTS: DialectUnderTest[] = [
  {
    dialect: 'sqlite',
    skipReason: undefined,
    async fresh() {
      const dir = await mkdtemp(path.join(tmpdir(), 'greenhouse-registry-'));
      return { location: registryLocation(dir), remove: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  {
    dialect: 'postgres',
    skipReason: postgres.skipReason,
    async fresh() {
      const database: TestDatabase = await postgres.server!.createDatabase();
      passwords.push(database.password);
      return { location: registryLocation('/nonexistent', database.url), remove: () => database.drop() };
    },
  },
];

let sequence = 0;
function nodeRecord(overrides: Partial<NodeRecord> = {}): NodeRecord {
  const nodeId = Buffer.concat([Buffer.from([0x02]), randomBytes(32)]);
  return {
    nodeId,
    network: 'regtest',
    signerVersion: 'v26.06',
    initMsg: Buffer.from([0, 114, 1, 2, 3]),
    bip32Key: randomBytes(78),
    inviteCode: null,
    userCa: { certPem: `cert of ${nodeId.toString('hex')}`, keyPem: 'user CA key' },
    createdAt: Date.now() + sequence++,
    startupMessages: [
      { request: Buffer.from([0, 27, 1]), response: Buffer.from([0, 127, 2]) },
      { request: Buffer.from([0, 28, 3]), response: Buffer.from([0, 128, 4]) },
    ],
    homeGateway: null,
    ...overrides,
  };
}

function deviceRecord(nodeId: Buffer, overrides: Partial<DeviceRecord> = {}): DeviceRecord {
  return {
    serial: randomBytes(16).toString('hex'),
    nodeId,
    deviceName: 'default',
    publicKey: Buffer.concat([Buffer.from([0x04]), randomBytes(64)]),
    certificate: 'device chain',
    rune: null,
    runeRestrictions: null,
    origin: 'register',
    issuedAt: Date.now() + sequence++,
    ...overrides,
  };
}

function challengeRecord(nodeId: Buffer, expiresAt = Date.now() + 60_000): ChallengeRecord {
  return { challenge: randomBytes(32), scope: 'REGISTER', nodeId, expiresAt };
}

function grpcStatus(code: status) {
  return expect.objectContaining({ name: 'GreenhouseError', code });
}

describe.each(DIALECTS)('registry on $dialect', ({ dialect, skipReason, fresh }) => {
  if (skipReason) {
    it.skip(`skipped: ${skipReason}`, () => {});
    return;
  }

  let location: RegistryLocation;
  let remove: () => Promise<void>;
  let registry: SqlRegistry;
  /**
   * A second scheduler on the same database. PostgreSQL: another connection pool, as another
   * replica has. SQLite serves one process, so its "second scheduler" is the same registry.
   */
  let peer: Registry;
  const opened: Registry[] = [];

  beforeEach(async () => {
    ({ location, remove } = await fresh());
    registry = await openRegistry(location, logger);
    opened.push(registry);
    peer = dialect === 'postgres' ? await openRegistry(location, logger) : registry;
    if (peer !== registry) opened.push(peer);
  });
  afterEach(async () => {
    for (const r of opened.splice(0)) await r.close();
    await remove();
  });

  describe('schema', () => {
    it('is migrated to the newest version once, also when opened again', async () => {
      await registry.close();
      opened.splice(opened.indexOf(registry), 1);
      registry = await openRegistry(location, logger);
      opened.push(registry);
      const db = await openDatabase(location, logger);
      try {
        const rows = await db.query('SELECT version FROM schema_migrations ORDER BY version');
        expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
      } finally {
        await db.close();
      }
    });

    it.runIf(dialect === 'postgres')('is migrated once when several schedulers start at once on a fresh database', async () => {
      const { location: empty, remove: removeEmpty } = await fresh();
      try {
        const started = await Promise.all(Array.from({ length: 4 }, () => openRegistry(empty, logger)));
        await Promise.all(started.map((r) => r.close()));
        const db = await openDatabase(empty, logger);
        try {
          const rows = await db.query('SELECT version FROM schema_migrations ORDER BY version');
          expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
        } finally {
          await db.close();
        }
      } finally {
        await removeEmpty();
      }
    });
  });

  describe('nodes', () => {
    it('stores a node with its startup messages and first device, and reads it back as stored', async () => {
      const node = nodeRecord();
      const device = deviceRecord(node.nodeId);
      await registry.registerNode(node, device, []);
      expect(await peer.getNode(node.nodeId)).toEqual(node);
      expect(await peer.listDevices(node.nodeId)).toEqual([device]);
      const withoutKey = nodeRecord({ bip32Key: null, startupMessages: [] });
      await registry.registerNode(withoutKey, deviceRecord(withoutKey.nodeId), []);
      expect(await registry.getNode(withoutKey.nodeId)).toEqual(withoutKey);
      expect(await registry.getNode(nodeRecord().nodeId)).toBeUndefined();
    });

    it('refuses a second registration of a node with ALREADY_EXISTS, also when two race at once', async () => {
      const node = nodeRecord();
      await registry.registerNode(node, deviceRecord(node.nodeId), []);
      await expect(peer.registerNode(node, deviceRecord(node.nodeId), [])).rejects.toEqual(grpcStatus(status.ALREADY_EXISTS));

      const raced = nodeRecord();
      const outcomes = await Promise.allSettled([
        registry.registerNode(raced, deviceRecord(raced.nodeId), []),
        peer.registerNode(raced, deviceRecord(raced.nodeId), []),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.find((o) => o.status === 'rejected')).toEqual(
        expect.objectContaining({ reason: grpcStatus(status.ALREADY_EXISTS) }),
      );
      expect(await registry.listDevices(raced.nodeId)).toHaveLength(1);
    });

    it('adds devices of a node and lists them in the order they were issued', async () => {
      const node = nodeRecord();
      const first = deviceRecord(node.nodeId);
      await registry.registerNode(node, first, []);
      const second = deviceRecord(node.nodeId, { deviceName: 'phone', origin: 'recover', rune: 'a rune' });
      await peer.addDevice(second);
      expect(await registry.listDevices(node.nodeId)).toEqual([first, second]);
      expect(await registry.listDevices(nodeRecord().nodeId)).toEqual([]);
    });

    it('records the signer version, answers the one before, and replaces startup messages only when given', async () => {
      const node = nodeRecord();
      await registry.registerNode(node, deviceRecord(node.nodeId), []);
      expect(await registry.updateSigner(node.nodeId, 'v26.09', [])).toBe('v26.06');
      expect((await peer.getNode(node.nodeId))?.startupMessages).toEqual(node.startupMessages);
      const replaced = [{ request: Buffer.from([0, 30]), response: Buffer.from([0, 130]) }];
      expect(await peer.updateSigner(node.nodeId, 'v26.12', replaced)).toBe('v26.09');
      expect(await registry.getNode(node.nodeId)).toEqual({ ...node, signerVersion: 'v26.12', startupMessages: replaced });
      await expect(registry.updateSigner(nodeRecord().nodeId, 'v1', [])).rejects.toEqual(grpcStatus(status.NOT_FOUND));
    });

    it('gives a node one home gateway: the first claim wins, also when two race; replace moves it', async () => {
      const node = nodeRecord();
      await registry.registerNode(node, deviceRecord(node.nodeId), []);
      const raced = await Promise.all([registry.claimHomeGateway(node.nodeId, 'gw-1'), peer.claimHomeGateway(node.nodeId, 'gw-2')]);
      expect(raced[0]).toBe(raced[1]);
      expect((await peer.getNode(node.nodeId))!.homeGateway).toBe(raced[0]);
      expect(await registry.claimHomeGateway(node.nodeId, 'gw-3')).toBe(raced[0]);
      expect(await registry.claimHomeGateway(node.nodeId, 'gw-3', true)).toBe('gw-3');
      await expect(registry.claimHomeGateway(nodeRecord().nodeId, 'gw-1')).rejects.toThrow(/is not registered/);
    });

    it('answers each of concurrent signer updates with a distinct previous version', async () => {
      const node = nodeRecord();
      await registry.registerNode(node, deviceRecord(node.nodeId), []);
      const versions = ['v1', 'v2', 'v3', 'v4', 'v5', 'v6'];
      const previous = await Promise.all(versions.map((v, i) => (i % 2 ? peer : registry).updateSigner(node.nodeId, v, [])));
      // Serialized updates: every version but the last one written is someone's "previous".
      const final = (await registry.getNode(node.nodeId))!.signerVersion;
      expect(new Set(previous).size).toBe(versions.length);
      expect([...previous, final].sort()).toEqual(['v26.06', ...versions].sort());
    });
  });

  describe('invite codes', () => {
    it('redeems a code with the registration and hands the new node its own codes', async () => {
      await registry.createInviteCodes(['op-1', 'op-2'], null);
      const node = nodeRecord({ inviteCode: 'op-1' });
      await peer.registerNode(node, deviceRecord(node.nodeId), ['mine-b', 'mine-a']);
      expect(await registry.listInviteCodes(node.nodeId)).toEqual([
        { code: 'mine-a', redeemed: false },
        { code: 'mine-b', redeemed: false },
      ]);
      const invited = nodeRecord({ inviteCode: 'mine-a' });
      await registry.registerNode(invited, deviceRecord(invited.nodeId), []);
      expect(await peer.listInviteCodes(node.nodeId)).toEqual([
        { code: 'mine-a', redeemed: true },
        { code: 'mine-b', redeemed: false },
      ]);
    });

    it('refuses an unknown or used code with PERMISSION_DENIED and stores nothing of that registration', async () => {
      await registry.createInviteCodes(['once'], null);
      const first = nodeRecord({ inviteCode: 'once' });
      await registry.registerNode(first, deviceRecord(first.nodeId), []);
      for (const inviteCode of ['once', 'never-issued']) {
        const node = nodeRecord({ inviteCode });
        await expect(peer.registerNode(node, deviceRecord(node.nodeId), ['x-' + inviteCode])).rejects.toEqual(
          grpcStatus(status.PERMISSION_DENIED),
        );
        expect(await registry.getNode(node.nodeId)).toBeUndefined();
        expect(await registry.listDevices(node.nodeId)).toEqual([]);
        expect(await registry.listInviteCodes(node.nodeId)).toEqual([]);
      }
    });

    it('lets exactly one of two registrations racing for one code have it', async () => {
      await registry.createInviteCodes(['contested'], null);
      const [a, b] = [nodeRecord({ inviteCode: 'contested' }), nodeRecord({ inviteCode: 'contested' })];
      const outcomes = await Promise.allSettled([
        registry.registerNode(a, deviceRecord(a.nodeId), []),
        peer.registerNode(b, deviceRecord(b.nodeId), []),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.find((o) => o.status === 'rejected')).toEqual(
        expect.objectContaining({ reason: grpcStatus(status.PERMISSION_DENIED) }),
      );
    });
  });

  describe('challenges', () => {
    it('gives a challenge out once, to whichever scheduler asks first', async () => {
      const nodeId = nodeRecord().nodeId;
      const challenge = challengeRecord(nodeId);
      await registry.saveChallenge(challenge);
      expect(await peer.takeChallenge(challenge.challenge)).toEqual(challenge);
      expect(await registry.takeChallenge(challenge.challenge)).toBeUndefined();
      expect(await peer.takeChallenge(challenge.challenge)).toBeUndefined();

      const raced = challengeRecord(nodeId);
      await peer.saveChallenge(raced);
      const takers = await Promise.all([registry, peer, registry, peer].map((r) => r.takeChallenge(raced.challenge)));
      expect(takers.filter((t) => t !== undefined)).toEqual([raced]);
    });

    it('deletes expired challenges and keeps the others', async () => {
      const nodeId = nodeRecord().nodeId;
      const now = Date.now();
      const expired = [challengeRecord(nodeId, now - 1), challengeRecord(nodeId, now)];
      const valid = challengeRecord(nodeId, now + 1000);
      for (const c of [...expired, valid]) await registry.saveChallenge(c);
      expect(await peer.deleteExpiredChallenges(now)).toBe(2);
      expect(await registry.takeChallenge(expired[0]!.challenge)).toBeUndefined();
      expect(await registry.takeChallenge(valid.challenge)).toEqual(valid);
    });

    it('in the shared table, refuses new challenges with RESOURCE_EXHAUSTED while too many are outstanding', async () => {
      // The table store is PostgreSQL's; its SQL is the shared one, so it runs on SQLite too.
      const db = await openDatabase(location, logger);
      try {
        const store = new TableChallengeStore(db, { max: 3, countEvery: 1 });
        const nodeId = nodeRecord().nodeId;
        const saved = [challengeRecord(nodeId), challengeRecord(nodeId), challengeRecord(nodeId)];
        for (const c of saved) await store.save(c);
        await expect(store.save(challengeRecord(nodeId))).rejects.toEqual(grpcStatus(status.RESOURCE_EXHAUSTED));
        await store.take(saved[0]!.challenge);
        await store.save(challengeRecord(nodeId));
      } finally {
        await db.close();
      }
      expect(MAX_OUTSTANDING_CHALLENGES).toBeGreaterThanOrEqual(10_000);
    });
  });

  describe('pairing sessions', () => {
    function session(overrides: Partial<PairingSessionRecord> = {}): PairingSessionRecord {
      const now = Date.now();
      return {
        deviceId: `04${randomBytes(64).toString('hex')}`,
        sessionId: randomBytes(12).toString('hex'),
        csr: Buffer.from('csr pem'),
        deviceName: 'Shop terminal',
        description: 'till',
        restrictions: 'pubkey=…&method^list',
        nodeId: null,
        state: 'waiting',
        approval: null,
        decidedBy: null,
        forwardedBy: null,
        rune: null,
        reason: null,
        createdAt: now,
        expiresAt: now + 60_000,
        ...overrides,
      };
    }

    it('opens one session per device (ALREADY_EXISTS while it is open, replaced once expired), readable at every replica', async () => {
      const first = session();
      await registry.createPairingSession(first, Date.now());
      expect(await peer.getPairingSession(first.deviceId)).toEqual(first);
      await expect(peer.createPairingSession({ ...first, sessionId: 'another' }, Date.now())).rejects.toEqual(grpcStatus(status.ALREADY_EXISTS));
      const later = { ...first, sessionId: 'later', createdAt: first.expiresAt + 1, expiresAt: first.expiresAt + 60_000 };
      await peer.createPairingSession(later, first.expiresAt + 1);
      expect((await registry.getPairingSession(first.deviceId))?.sessionId).toBe('later');
      // Removing needs the session's own id: a later session for the device is not touched.
      await registry.deletePairingSession(first.deviceId, first.sessionId);
      expect(await registry.getPairingSession(first.deviceId)).toBeDefined();
      await registry.deletePairingSession(first.deviceId, 'later');
      expect(await registry.getPairingSession(first.deviceId)).toBeUndefined();
    });

    it('gives an unbound session to the first node that touches it, also when two race', async () => {
      const [a, b] = [nodeRecord().nodeId, nodeRecord().nodeId];
      const open = session();
      await registry.createPairingSession(open, Date.now());
      const [atA, atB] = await Promise.all([registry.bindPairingSession(open.deviceId, a), peer.bindPairingSession(open.deviceId, b)]);
      expect([atA, atB].filter(Boolean)).toHaveLength(1);
      const owner = atA ? a : b;
      expect((await peer.bindPairingSession(open.deviceId, owner))?.nodeId).toEqual(owner);
      expect(await peer.bindPairingSession(open.deviceId, owner === a ? b : a)).toBeUndefined();
      // A session the new device bound to its node from the start is that node's only.
      const named = session({ nodeId: a });
      await registry.createPairingSession(named, Date.now());
      expect(await peer.bindPairingSession(named.deviceId, b)).toBeUndefined();
    });

    it('moves an approval waiting → approving → approved, each step once: one replica forwards it, one answer counts', async () => {
      const node = nodeRecord().nodeId;
      const open = session({ nodeId: node });
      await registry.createPairingSession(open, Date.now());
      expect(await peer.submitPairingApproval(open.deviceId, nodeRecord().nodeId, '{}', 'laptop')).toBe(false);
      expect(await peer.submitPairingApproval(open.deviceId, node, '{"approval":1}', 'laptop')).toBe(true);
      expect(await registry.submitPairingApproval(open.deviceId, node, '{}', 'laptop')).toBe(false);

      const claims = await Promise.all([registry.claimPairingApprovals('replica-a', [node]), peer.claimPairingApprovals('replica-b', [node])]);
      expect(claims.flat()).toHaveLength(1);
      const winner = claims[0]!.length === 1 ? 'replica-a' : 'replica-b';
      expect(claims.flat()[0]).toMatchObject({ approval: '{"approval":1}', decidedBy: 'laptop', forwardedBy: winner });
      expect(await registry.claimPairingApprovals('replica-c', [node])).toEqual([]);
      // Only the forwarding replica records the answer, and only once.
      expect(await peer.finishPairingApproval(open.deviceId, open.sessionId, 'replica-c', { rune: 'x' })).toBe(false);
      expect(await peer.finishPairingApproval(open.deviceId, open.sessionId, winner, { rune: 'the rune' })).toBe(true);
      expect(await registry.finishPairingApproval(open.deviceId, open.sessionId, winner, { refusal: 'late' })).toBe(false);
      expect(await registry.getPairingSession(open.deviceId)).toMatchObject({ state: 'approved', rune: 'the rune', approval: null });

      // Completing it records the device and removes the session, in one step.
      const device = deviceRecord(node, { origin: 'pairing', rune: 'the rune', runeRestrictions: '=0-gl0&pubkey=…', publicKey: Buffer.from(open.deviceId, 'hex') });
      const registered = nodeRecord({ nodeId: node });
      await registry.registerNode(registered, deviceRecord(node), []);
      expect(await peer.completePairing(open.deviceId, open.sessionId, device)).toBe(true);
      expect(await registry.completePairing(open.deviceId, open.sessionId, device)).toBe(false);
      expect(await registry.getPairingSession(open.deviceId)).toBeUndefined();
      expect(await peer.findDeviceByPublicKey(device.publicKey)).toEqual(device);
      expect(await peer.findDeviceByPublicKey(Buffer.alloc(65, 4))).toBeUndefined();
    });

    it('puts an untaken or unanswered approval back, keeps the signer\'s reason for a refusal, and lets a trusted device deny', async () => {
      const node = nodeRecord().nodeId;
      const open = session({ nodeId: node });
      await registry.createPairingSession(open, Date.now());
      await registry.submitPairingApproval(open.deviceId, node, '{}', 'laptop');
      expect(await peer.withdrawPairingApproval(open.deviceId, open.sessionId, null)).toBe(true);
      expect(await registry.getPairingSession(open.deviceId)).toMatchObject({ state: 'waiting', approval: null, decidedBy: null });

      await registry.submitPairingApproval(open.deviceId, node, '{}', 'laptop');
      await registry.claimPairingApprovals('replica-a', [node]);
      expect(await peer.withdrawPairingApproval(open.deviceId, open.sessionId, null)).toBe(false);
      expect(await peer.withdrawPairingApproval(open.deviceId, open.sessionId, 'replica-a')).toBe(true);

      await registry.submitPairingApproval(open.deviceId, node, '{}', 'laptop');
      await registry.claimPairingApprovals('replica-a', [node]);
      await peer.notePairingRefusal(open.deviceId, node, 'rune does not allow it');
      await registry.finishPairingApproval(open.deviceId, open.sessionId, 'replica-a', { refusal: 'the signer refused the approval' });
      expect(await peer.getPairingSession(open.deviceId)).toMatchObject({ state: 'refused', reason: 'rune does not allow it' });

      const other = session({ nodeId: node });
      await registry.createPairingSession(other, Date.now());
      expect(await peer.denyPairing(other.deviceId, nodeRecord().nodeId, 'no', 'phone')).toBe(false);
      expect(await peer.denyPairing(other.deviceId, node, 'not mine', 'phone')).toBe(true);
      expect(await registry.denyPairing(other.deviceId, node, 'again', 'phone')).toBe(false);
      expect(await registry.getPairingSession(other.deviceId)).toMatchObject({ state: 'denied', reason: 'not mine', decidedBy: 'phone' });
    });

    it('deletes expired sessions and keeps the others', async () => {
      const now = Date.now();
      const old = session({ expiresAt: now - 1 });
      const live = session();
      await registry.createPairingSession(old, old.createdAt);
      await registry.createPairingSession(live, now);
      expect(await peer.deleteExpiredPairingSessions(now)).toBe(1);
      expect(await registry.getPairingSession(old.deviceId)).toBeUndefined();
      expect(await registry.getPairingSession(live.deviceId)).toBeDefined();
    });
  });

  it('records signer rejections, with and without a node', async () => {
    const node = nodeRecord();
    await registry.recordSignerRejection({ nodeId: node.nodeId, message: 'no matching request', gitVersion: 'v26.06', requestType: 8, reportedAt: Date.now() });
    await peer.recordSignerRejection({ nodeId: null, message: 'bad', gitVersion: 'v26.06', requestType: null, reportedAt: Date.now() });
    const db = await openDatabase(location, logger);
    try {
      const rows = await db.query('SELECT id, message FROM signer_rejections ORDER BY id');
      expect(rows.map((r) => r.message)).toEqual(['no matching request', 'bad']);
      expect(new Set(rows.map((r) => Number(r.id))).size).toBe(2);
    } finally {
      await db.close();
    }
  });

  it('keeps everything across a close and reopen', async () => {
    const node = nodeRecord();
    const device = deviceRecord(node.nodeId);
    await registry.registerNode(node, device, ['kept']);
    await registry.close();
    opened.splice(opened.indexOf(registry), 1);
    if (peer === registry) peer = registry = await openRegistry(location, logger);
    else registry = await openRegistry(location, logger);
    opened.push(registry);
    expect(await registry.getNode(node.nodeId)).toEqual(node);
    expect(await registry.listDevices(node.nodeId)).toEqual([device]);
    expect(await registry.listInviteCodes(node.nodeId)).toEqual([{ code: 'kept', redeemed: false }]);
  });

  it('never logs the database password', () => {
    expect(logLines.some((line) => line.includes('registry open'))).toBe(true);
    for (const password of passwords) {
      expect(logLines.join('\n')).not.toContain(password);
      expect(describeRegistryLocation(location)).not.toContain(password);
    }
  });
});

describe('choosing the dialect', () => {
  it('takes postgres:// and postgresql:// URLs to PostgreSQL, no URL to SQLite in the data dir, and refuses others', () => {
    expect(registryLocation('/data')).toEqual({ dialect: 'sqlite', file: '/data/scheduler.sqlite' });
    expect(registryLocation('/data', '  ')).toEqual({ dialect: 'sqlite', file: '/data/scheduler.sqlite' });
    expect(registryLocation('/data', 'postgres://u@db/greenhouse')).toEqual({ dialect: 'postgres', url: 'postgres://u@db/greenhouse' });
    expect(registryLocation('/data', 'postgresql://u@db/greenhouse').dialect).toBe('postgres');
    let refused: unknown;
    try {
      registryLocation('/data', 'mysql://root:hunter2@db/greenhouse');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(GreenhouseError);
    expect((refused as GreenhouseError).code).toBe(status.INVALID_ARGUMENT);
    expect((refused as GreenhouseError).message).not.toContain('hunter2');
  });

  it('redacts passwords from a URL before it is shown', () => {
    expect(redactDatabaseUrl('postgres://greenhouse:hunter2@db:5432/greenhouse?sslmode=require')).toBe(
      'postgres://greenhouse:***@db:5432/greenhouse?sslmode=require',
    );
    expect(redactDatabaseUrl('postgres://db/greenhouse?user=g&password=hunter2')).toBe('postgres://db/greenhouse?user=g&password=***');
    expect(redactDatabaseUrl('postgres://db/greenhouse')).toBe('postgres://db/greenhouse');
    expect(redactDatabaseUrl('postgres://g:hunter2@[bad')).not.toContain('hunter2');
  });

  it('spells the shared migrations for PostgreSQL without SQLite-only types', () => {
    for (const migration of MIGRATIONS) {
      expect(migrationStatements(migration, 'sqlite')).toEqual(migration.statements);
      const postgresSql = migrationStatements(migration, 'postgres').join('\n');
      expect(postgresSql).not.toMatch(/\bBLOB\b|\bINTEGER PRIMARY KEY\b/);
    }
    expect(migrationStatements(MIGRATIONS[0]!, 'postgres').join('\n')).toContain('id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY');
  });

  it('answers UNAVAILABLE, without the password, when PostgreSQL cannot be reached', async () => {
    const port = await freePort();
    const url = `postgres://greenhouse:${URL_PASSWORD}@127.0.0.1:${port}/greenhouse`;
    const failure = await openRegistry(registryLocation('/nonexistent', url), logger).catch((error: unknown) => error);
    expect(failure).toEqual(grpcStatus(status.UNAVAILABLE));
    expect((failure as Error).message).not.toContain(URL_PASSWORD);
  });
});
