import { chmodSync } from 'node:fs';
import Database from 'better-sqlite3';
import { status } from '@grpc/grpc-js';
import { GreenhouseError, permissionDenied, notFound } from '@greenhouse/common';
import { MIGRATIONS } from './migrations.ts';
import {
  nodeAlreadyRegistered,
  type ChallengeRecord,
  type DeviceRecord,
  type InviteCodeRecord,
  type NodeRecord,
  type Registry,
  type SignerRejectionRecord,
  type StartupMessage,
} from './registry.ts';

type Row = Record<string, unknown>;

/** Bounds the memory a flood of GetChallenge calls (NOBODY's key is public) can take. */
const MAX_OUTSTANDING_CHALLENGES = 100_000;

/**
 * The registry in one SQLite file (WAL, fsync on commit). A SQLite registry serves one scheduler
 * process, so challenges — short-lived, single-use, worthless after a restart (the client just
 * asks for another) — live in memory instead of costing two fsyncs per registration.
 */
export class SqliteRegistry implements Registry {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly challenges = new Map<string, ChallengeRecord>();

  constructor(file: string) {
    this.db = new Database(file);
    chmodSync(file, 0o600);
    this.db.pragma('journal_mode = WAL');
    // FULL: a commit reaches the disk before the RPC that caused it is answered.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    this.statements = prepare(this.db);
  }

  async saveChallenge(c: ChallengeRecord): Promise<void> {
    if (this.challenges.size >= MAX_OUTSTANDING_CHALLENGES) {
      await this.deleteExpiredChallenges(Date.now());
      if (this.challenges.size >= MAX_OUTSTANDING_CHALLENGES) {
        throw new GreenhouseError(status.RESOURCE_EXHAUSTED, 'too many outstanding challenges; retry in a few seconds');
      }
    }
    this.challenges.set(c.challenge.toString('hex'), c);
  }

  async takeChallenge(challenge: Buffer): Promise<ChallengeRecord | undefined> {
    const key = challenge.toString('hex');
    const record = this.challenges.get(key);
    this.challenges.delete(key);
    return record;
  }

  async deleteExpiredChallenges(now: number): Promise<number> {
    let deleted = 0;
    for (const [key, record] of this.challenges) {
      if (record.expiresAt <= now) deleted += Number(this.challenges.delete(key));
    }
    return deleted;
  }

  async getNode(nodeId: Buffer): Promise<NodeRecord | undefined> {
    const row = this.statements.getNode.get(nodeId) as Row | undefined;
    if (!row) return undefined;
    const startupMessages = (this.statements.getStartupMessages.all(nodeId) as Row[]).map((m) => ({
      request: m.request as Buffer,
      response: m.response as Buffer,
    }));
    return {
      nodeId: row.node_id as Buffer,
      network: row.network as string,
      signerVersion: row.signer_version as string,
      initMsg: row.init_msg as Buffer,
      bip32Key: (row.bip32_key as Buffer | null) ?? null,
      inviteCode: (row.invite_code as string | null) ?? null,
      userCa: { certPem: row.user_ca_cert as string, keyPem: row.user_ca_key as string },
      createdAt: Number(row.created_at),
      startupMessages,
    };
  }

  async registerNode(node: NodeRecord, device: DeviceRecord, newInviteCodes: string[]): Promise<void> {
    const register = this.db.transaction(() => {
      if (this.statements.nodeExists.get(node.nodeId)) {
        throw nodeAlreadyRegistered(node.nodeId);
      }
      if (node.inviteCode) {
        const redeemed = this.statements.redeemInviteCode.run(node.nodeId, node.createdAt, node.inviteCode).changes;
        if (redeemed !== 1) throw permissionDenied(`invite code "${node.inviteCode}" is unknown or already used`);
      }
      this.statements.insertNode.run(
        node.nodeId,
        node.network,
        node.signerVersion,
        node.initMsg,
        node.bip32Key,
        node.inviteCode,
        node.userCa.certPem,
        node.userCa.keyPem,
        node.createdAt,
      );
      this.insertStartupMessages(node.nodeId, node.startupMessages);
      this.insertDevice(device);
      for (const code of newInviteCodes) this.statements.insertInviteCode.run(code, node.nodeId, node.createdAt);
    });
    register.immediate();
  }

  async addDevice(device: DeviceRecord): Promise<void> {
    this.insertDevice(device);
  }

  async listDevices(nodeId: Buffer): Promise<DeviceRecord[]> {
    return (this.statements.listDevices.all(nodeId) as Row[]).map((row) => ({
      serial: row.serial as string,
      nodeId: row.node_id as Buffer,
      deviceName: row.device_name as string,
      publicKey: row.public_key as Buffer,
      certificate: row.certificate as string,
      rune: (row.rune as string | null) ?? null,
      origin: row.origin as DeviceRecord['origin'],
      issuedAt: Number(row.issued_at),
    }));
  }

  async updateSigner(nodeId: Buffer, signerVersion: string, startupMessages: StartupMessage[]): Promise<string> {
    const update = this.db.transaction(() => {
      const row = this.statements.getSignerVersion.get(nodeId) as Row | undefined;
      if (!row) throw notFound(`node ${nodeId.toString('hex')} is not registered`);
      this.statements.setSignerVersion.run(signerVersion, nodeId);
      if (startupMessages.length > 0) {
        this.statements.deleteStartupMessages.run(nodeId);
        this.insertStartupMessages(nodeId, startupMessages);
      }
      return row.signer_version as string;
    });
    return update.immediate();
  }

  async createInviteCodes(codes: string[], owner: Buffer | null): Promise<void> {
    const now = Date.now();
    this.db.transaction(() => {
      for (const code of codes) this.statements.insertInviteCode.run(code, owner, now);
    })();
  }

  async listInviteCodes(owner: Buffer): Promise<InviteCodeRecord[]> {
    return (this.statements.listInviteCodes.all(owner) as Row[]).map((row) => ({
      code: row.code as string,
      redeemed: row.redeemed_by !== null,
    }));
  }

  async recordSignerRejection(r: SignerRejectionRecord): Promise<void> {
    this.statements.insertSignerRejection.run(r.nodeId, r.message, r.gitVersion, r.requestType, r.reportedAt);
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private insertStartupMessages(nodeId: Buffer, messages: StartupMessage[]): void {
    messages.forEach((m, position) => this.statements.insertStartupMessage.run(nodeId, position, m.request, m.response));
  }

  private insertDevice(d: DeviceRecord): void {
    this.statements.insertDevice.run(d.serial, d.nodeId, d.deviceName, d.publicKey, d.certificate, d.rune, d.origin, d.issuedAt);
  }
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => r.version));
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      for (const statement of migration.statements) db.exec(statement);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        Date.now(),
      );
    }).immediate();
  }
}

function prepare(db: Database.Database) {
  return {
    nodeExists: db.prepare('SELECT 1 FROM nodes WHERE node_id = ?'),
    getNode: db.prepare('SELECT * FROM nodes WHERE node_id = ?'),
    getStartupMessages: db.prepare('SELECT request, response FROM startup_messages WHERE node_id = ? ORDER BY position'),
    insertNode: db.prepare(
      `INSERT INTO nodes (node_id, network, signer_version, init_msg, bip32_key, invite_code, user_ca_cert, user_ca_key, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertStartupMessage: db.prepare('INSERT INTO startup_messages (node_id, position, request, response) VALUES (?, ?, ?, ?)'),
    deleteStartupMessages: db.prepare('DELETE FROM startup_messages WHERE node_id = ?'),
    insertDevice: db.prepare(
      `INSERT INTO devices (serial, node_id, device_name, public_key, certificate, rune, origin, issued_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    listDevices: db.prepare('SELECT * FROM devices WHERE node_id = ? ORDER BY issued_at'),
    getSignerVersion: db.prepare('SELECT signer_version FROM nodes WHERE node_id = ?'),
    setSignerVersion: db.prepare('UPDATE nodes SET signer_version = ? WHERE node_id = ?'),
    insertInviteCode: db.prepare('INSERT INTO invite_codes (code, owner_node_id, created_at) VALUES (?, ?, ?)'),
    redeemInviteCode: db.prepare(
      'UPDATE invite_codes SET redeemed_by = ?, redeemed_at = ? WHERE code = ? AND redeemed_by IS NULL',
    ),
    listInviteCodes: db.prepare('SELECT code, redeemed_by FROM invite_codes WHERE owner_node_id = ? ORDER BY created_at, code'),
    insertSignerRejection: db.prepare(
      'INSERT INTO signer_rejections (node_id, message, git_version, request_type, reported_at) VALUES (?, ?, ?, ?, ?)',
    ),
  };
}
