import { alreadyExists, permissionDenied, notFound } from '@greenhouse/common';
import type { ChallengeStore } from './challenge-stores.ts';
import {
  nodeAlreadyRegistered,
  type ChallengeRecord,
  type DeviceRecord,
  type InviteCodeRecord,
  type NodeRecord,
  type PairingOutcome,
  type PairingSessionRecord,
  type PairingState,
  type Registry,
  type SignerRejectionRecord,
  type StartupMessage,
} from './registry.ts';
import type { Row, SqlDatabase, SqlExecutor } from './sql-database.ts';

/**
 * The registry, one implementation over either dialect (SQLite file or PostgreSQL shared by
 * scheduler replicas). The statements are the SQL both share. Writes that belong together run in
 * one transaction; every write has committed when its promise resolves. Correct under concurrency
 * from other processes: uniqueness is the database's, invite codes are redeemed by a conditional
 * UPDATE, and a node's signer row is locked before it is read and rewritten.
 *
 * A new kind of record (pairing sessions, webhooks) is a migration in migrations.ts and a few
 * methods here, for both dialects at once.
 */
export class SqlRegistry implements Registry {
  constructor(
    private readonly db: SqlDatabase,
    private readonly challenges: ChallengeStore,
  ) {}

  saveChallenge(challenge: ChallengeRecord): Promise<void> {
    return this.challenges.save(challenge);
  }

  takeChallenge(challenge: Buffer): Promise<ChallengeRecord | undefined> {
    return this.challenges.take(challenge);
  }

  deleteExpiredChallenges(now: number): Promise<number> {
    return this.challenges.deleteExpired(now);
  }

  async getNode(nodeId: Buffer): Promise<NodeRecord | undefined> {
    const [row] = await this.db.query('SELECT * FROM nodes WHERE node_id = ?', [nodeId]);
    if (!row) return undefined;
    const messages = await this.db.query('SELECT request, response FROM startup_messages WHERE node_id = ? ORDER BY position', [nodeId]);
    return {
      nodeId: row.node_id as Buffer,
      network: row.network as string,
      signerVersion: row.signer_version as string,
      initMsg: row.init_msg as Buffer,
      bip32Key: (row.bip32_key as Buffer | null) ?? null,
      inviteCode: (row.invite_code as string | null) ?? null,
      userCa: { certPem: row.user_ca_cert as string, keyPem: row.user_ca_key as string },
      createdAt: Number(row.created_at),
      startupMessages: messages.map((m) => ({ request: m.request as Buffer, response: m.response as Buffer })),
      homeGateway: (row.home_gateway as string | null) ?? null,
    };
  }

  async claimHomeGateway(nodeId: Buffer, gatewayId: string, replace = false): Promise<string> {
    const condition = replace ? '' : ' AND home_gateway IS NULL';
    await this.db.run(`UPDATE nodes SET home_gateway = ? WHERE node_id = ?${condition}`, [gatewayId, nodeId]);
    const [row] = await this.db.query('SELECT home_gateway FROM nodes WHERE node_id = ?', [nodeId]);
    if (!row) throw new Error(`node ${nodeId.toString('hex')} is not registered`);
    return row.home_gateway as string;
  }

  async registerNode(node: NodeRecord, device: DeviceRecord, newInviteCodes: string[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      if ((await tx.query('SELECT 1 FROM nodes WHERE node_id = ?', [node.nodeId])).length > 0) {
        throw nodeAlreadyRegistered(node.nodeId);
      }
      if (node.inviteCode) {
        // Another registration racing for the same code waits for this row and then finds it redeemed.
        const redeemed = await tx.run('UPDATE invite_codes SET redeemed_by = ?, redeemed_at = ? WHERE code = ? AND redeemed_by IS NULL', [
          node.nodeId,
          node.createdAt,
          node.inviteCode,
        ]);
        if (redeemed !== 1) throw permissionDenied(`invite code "${node.inviteCode}" is unknown or already used`);
      }
      try {
        await tx.run(
          `INSERT INTO nodes (node_id, network, signer_version, init_msg, bip32_key, invite_code, user_ca_cert, user_ca_key, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            node.nodeId,
            node.network,
            node.signerVersion,
            node.initMsg,
            node.bip32Key,
            node.inviteCode,
            node.userCa.certPem,
            node.userCa.keyPem,
            node.createdAt,
          ],
        );
      } catch (error) {
        // Registered meanwhile through another scheduler replica.
        if (this.db.isUniqueViolation(error)) throw nodeAlreadyRegistered(node.nodeId);
        throw error;
      }
      await insertStartupMessages(tx, node.nodeId, node.startupMessages);
      await insertDevice(tx, device);
      for (const code of newInviteCodes) await insertInviteCode(tx, code, node.nodeId, node.createdAt);
    });
  }

  async addDevice(device: DeviceRecord): Promise<void> {
    await insertDevice(this.db, device);
  }

  async listDevices(nodeId: Buffer): Promise<DeviceRecord[]> {
    const rows = await this.db.query('SELECT * FROM devices WHERE node_id = ? ORDER BY issued_at, serial', [nodeId]);
    return rows.map(deviceFromRow);
  }

  updateSigner(nodeId: Buffer, signerVersion: string, startupMessages: StartupMessage[]): Promise<string> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query(`SELECT signer_version FROM nodes WHERE node_id = ?${this.db.forUpdate}`, [nodeId]);
      if (!row) throw notFound(`node ${nodeId.toString('hex')} is not registered`);
      await tx.run('UPDATE nodes SET signer_version = ? WHERE node_id = ?', [signerVersion, nodeId]);
      if (startupMessages.length > 0) {
        await tx.run('DELETE FROM startup_messages WHERE node_id = ?', [nodeId]);
        await insertStartupMessages(tx, nodeId, startupMessages);
      }
      return row.signer_version as string;
    });
  }

  async createInviteCodes(codes: string[], owner: Buffer | null): Promise<void> {
    const now = Date.now();
    await this.db.transaction(async (tx) => {
      for (const code of codes) await insertInviteCode(tx, code, owner, now);
    });
  }

  async listInviteCodes(owner: Buffer): Promise<InviteCodeRecord[]> {
    const rows = await this.db.query('SELECT code, redeemed_by FROM invite_codes WHERE owner_node_id = ? ORDER BY created_at, code', [owner]);
    return rows.map((row) => ({ code: row.code as string, redeemed: row.redeemed_by !== null }));
  }

  async recordSignerRejection(r: SignerRejectionRecord): Promise<void> {
    await this.db.run('INSERT INTO signer_rejections (node_id, message, git_version, request_type, reported_at) VALUES (?, ?, ?, ?, ?)', [
      r.nodeId,
      r.message,
      r.gitVersion,
      r.requestType,
      r.reportedAt,
    ]);
  }

  async findDeviceByPublicKey(publicKey: Buffer): Promise<DeviceRecord | undefined> {
    const [row] = await this.db.query('SELECT * FROM devices WHERE public_key = ? ORDER BY issued_at DESC, serial LIMIT 1', [publicKey]);
    return row ? deviceFromRow(row) : undefined;
  }

  async createPairingSession(p: PairingSessionRecord, now: number): Promise<void> {
    const open = () => alreadyExists(`a pairing for device ${p.deviceId.slice(0, 16)}… is already waiting; end that request first`);
    await this.db.transaction(async (tx) => {
      // An expired session, or a refused or denied one whose row lingers for other replicas to see.
      await tx.run(`DELETE FROM pairing_sessions WHERE device_id = ? AND (expires_at <= ? OR state IN ('refused', 'denied'))`, [p.deviceId, now]);
      if ((await tx.query('SELECT 1 FROM pairing_sessions WHERE device_id = ?', [p.deviceId])).length > 0) throw open();
      try {
        await tx.run(
          `INSERT INTO pairing_sessions (device_id, session_id, csr, device_name, description, restrictions, node_id, state, created_at, expires_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [p.deviceId, p.sessionId, p.csr, p.deviceName, p.description, p.restrictions, p.nodeId, p.state, p.createdAt, p.expiresAt],
        );
      } catch (error) {
        // Opened meanwhile through another replica.
        if (this.db.isUniqueViolation(error)) throw open();
        throw error;
      }
    });
  }

  async getPairingSession(deviceId: string): Promise<PairingSessionRecord | undefined> {
    const [row] = await this.db.query('SELECT * FROM pairing_sessions WHERE device_id = ?', [deviceId]);
    return row ? pairingFromRow(row) : undefined;
  }

  async bindPairingSession(deviceId: string, nodeId: Buffer): Promise<PairingSessionRecord | undefined> {
    await this.db.run('UPDATE pairing_sessions SET node_id = ? WHERE device_id = ? AND node_id IS NULL', [nodeId, deviceId]);
    const session = await this.getPairingSession(deviceId);
    return session?.nodeId?.equals(nodeId) ? session : undefined;
  }

  async submitPairingApproval(deviceId: string, nodeId: Buffer, approval: string, decidedBy: string): Promise<boolean> {
    const changed = await this.db.run(
      `UPDATE pairing_sessions SET state = 'approving', approval = ?, decided_by = ?, forwarded_by = NULL, reason = NULL
       WHERE device_id = ? AND node_id = ? AND state = 'waiting'`,
      [approval, decidedBy, deviceId, nodeId],
    );
    return changed === 1;
  }

  async claimPairingApprovals(replicaId: string, nodeIds: Buffer[]): Promise<PairingSessionRecord[]> {
    if (nodeIds.length === 0) return [];
    const rows = await this.db.query(
      `SELECT * FROM pairing_sessions WHERE state = 'approving' AND forwarded_by IS NULL AND node_id IN (${nodeIds.map(() => '?').join(', ')})`,
      nodeIds,
    );
    const claimed: PairingSessionRecord[] = [];
    for (const session of rows.map(pairingFromRow)) {
      // One replica wins each approval, however many hold a signer of the node.
      const won = await this.db.run(
        `UPDATE pairing_sessions SET forwarded_by = ? WHERE device_id = ? AND session_id = ? AND state = 'approving' AND forwarded_by IS NULL`,
        [replicaId, session.deviceId, session.sessionId],
      );
      if (won === 1) claimed.push({ ...session, forwardedBy: replicaId });
    }
    return claimed;
  }

  async withdrawPairingApproval(deviceId: string, sessionId: string, forwardedBy: string | null): Promise<boolean> {
    const forwarded = forwardedBy === null ? 'forwarded_by IS NULL' : 'forwarded_by = ?';
    const changed = await this.db.run(
      `UPDATE pairing_sessions SET state = 'waiting', approval = NULL, decided_by = NULL, forwarded_by = NULL
       WHERE device_id = ? AND session_id = ? AND state = 'approving' AND ${forwarded}`,
      forwardedBy === null ? [deviceId, sessionId] : [deviceId, sessionId, forwardedBy],
    );
    return changed === 1;
  }

  async notePairingRefusal(deviceId: string, nodeId: Buffer, reason: string): Promise<void> {
    await this.db.run(`UPDATE pairing_sessions SET reason = ? WHERE device_id = ? AND node_id = ? AND state = 'approving'`, [reason, deviceId, nodeId]);
  }

  async finishPairingApproval(deviceId: string, sessionId: string, replicaId: string, outcome: PairingOutcome): Promise<boolean> {
    const where = `WHERE device_id = ? AND session_id = ? AND state = 'approving' AND forwarded_by = ?`;
    const changed =
      'rune' in outcome
        ? await this.db.run(`UPDATE pairing_sessions SET state = 'approved', rune = ?, approval = NULL ${where}`, [outcome.rune, deviceId, sessionId, replicaId])
        : await this.db.run(`UPDATE pairing_sessions SET state = 'refused', reason = COALESCE(reason, ?), approval = NULL ${where}`, [
            outcome.refusal,
            deviceId,
            sessionId,
            replicaId,
          ]);
    return changed === 1;
  }

  async denyPairing(deviceId: string, nodeId: Buffer, reason: string, decidedBy: string): Promise<boolean> {
    const changed = await this.db.run(
      `UPDATE pairing_sessions SET state = 'denied', reason = ?, decided_by = ?, approval = NULL
       WHERE device_id = ? AND node_id = ? AND state IN ('waiting', 'approving')`,
      [reason, decidedBy, deviceId, nodeId],
    );
    return changed === 1;
  }

  completePairing(deviceId: string, sessionId: string, device: DeviceRecord): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const removed = await tx.run(`DELETE FROM pairing_sessions WHERE device_id = ? AND session_id = ? AND state = 'approved'`, [deviceId, sessionId]);
      if (removed !== 1) return false;
      await insertDevice(tx, device);
      return true;
    });
  }

  async deletePairingSession(deviceId: string, sessionId: string): Promise<void> {
    await this.db.run('DELETE FROM pairing_sessions WHERE device_id = ? AND session_id = ?', [deviceId, sessionId]);
  }

  deleteExpiredPairingSessions(now: number): Promise<number> {
    return this.db.run('DELETE FROM pairing_sessions WHERE expires_at < ?', [now]);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

async function insertStartupMessages(tx: SqlExecutor, nodeId: Buffer, messages: StartupMessage[]): Promise<void> {
  for (const [position, m] of messages.entries()) {
    await tx.run('INSERT INTO startup_messages (node_id, position, request, response) VALUES (?, ?, ?, ?)', [nodeId, position, m.request, m.response]);
  }
}

function insertDevice(on: SqlExecutor, d: DeviceRecord): Promise<number> {
  return on.run(
    `INSERT INTO devices (serial, node_id, device_name, public_key, certificate, rune, rune_restrictions, origin, issued_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [d.serial, d.nodeId, d.deviceName, d.publicKey, d.certificate, d.rune, d.runeRestrictions, d.origin, d.issuedAt],
  );
}

function insertInviteCode(tx: SqlExecutor, code: string, owner: Buffer | null, createdAt: number): Promise<number> {
  return tx.run('INSERT INTO invite_codes (code, owner_node_id, created_at) VALUES (?, ?, ?)', [code, owner, createdAt]);
}

function deviceFromRow(row: Row): DeviceRecord {
  return {
    serial: row.serial as string,
    nodeId: row.node_id as Buffer,
    deviceName: row.device_name as string,
    publicKey: row.public_key as Buffer,
    certificate: row.certificate as string,
    rune: (row.rune as string | null) ?? null,
    runeRestrictions: (row.rune_restrictions as string | null) ?? null,
    origin: row.origin as DeviceRecord['origin'],
    issuedAt: Number(row.issued_at),
  };
}

function pairingFromRow(row: Row): PairingSessionRecord {
  const text = (value: unknown) => (value as string | null) ?? null;
  return {
    deviceId: row.device_id as string,
    sessionId: row.session_id as string,
    csr: row.csr as Buffer,
    deviceName: row.device_name as string,
    description: row.description as string,
    restrictions: row.restrictions as string,
    nodeId: (row.node_id as Buffer | null) ?? null,
    state: row.state as PairingState,
    approval: text(row.approval),
    decidedBy: text(row.decided_by),
    forwardedBy: text(row.forwarded_by),
    rune: text(row.rune),
    reason: text(row.reason),
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
  };
}
