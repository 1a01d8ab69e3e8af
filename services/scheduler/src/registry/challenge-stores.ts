import { status } from '@grpc/grpc-js';
import { GreenhouseError } from '@greenhouse/common';
import type { ChallengeRecord, ChallengeScope } from './registry.ts';
import type { SqlDatabase } from './sql-database.ts';

/** Bounds what a flood of GetChallenge calls (NOBODY's key is public) can take. */
export const MAX_OUTSTANDING_CHALLENGES = 100_000;

export interface ChallengeStore {
  save(challenge: ChallengeRecord): Promise<void>;
  /** Removes and returns the challenge, atomically: of two takers at most one gets it. */
  take(challenge: Buffer): Promise<ChallengeRecord | undefined>;
  deleteExpired(now: number): Promise<number>;
}

function tooMany(): GreenhouseError {
  return new GreenhouseError(status.RESOURCE_EXHAUSTED, 'too many outstanding challenges; retry in a few seconds');
}

/**
 * Challenges of a registry that serves one scheduler process (SQLite): short-lived, single-use and
 * worthless after a restart (the client just asks for another), so memory spares two fsyncs per
 * registration.
 */
export class MemoryChallengeStore implements ChallengeStore {
  private readonly challenges = new Map<string, ChallengeRecord>();

  async save(c: ChallengeRecord): Promise<void> {
    if (this.challenges.size >= MAX_OUTSTANDING_CHALLENGES) {
      await this.deleteExpired(Date.now());
      if (this.challenges.size >= MAX_OUTSTANDING_CHALLENGES) throw tooMany();
    }
    this.challenges.set(c.challenge.toString('hex'), c);
  }

  async take(challenge: Buffer): Promise<ChallengeRecord | undefined> {
    const key = challenge.toString('hex');
    const record = this.challenges.get(key);
    this.challenges.delete(key);
    return record;
  }

  async deleteExpired(now: number): Promise<number> {
    let deleted = 0;
    for (const [key, record] of this.challenges) {
      if (record.expiresAt <= now) deleted += Number(this.challenges.delete(key));
    }
    return deleted;
  }
}

export interface TableChallengeLimits {
  /** Outstanding challenges at which saving is refused. */
  max: number;
  /** How many challenges this process saves between two counts of the table. */
  countEvery: number;
}

/**
 * Challenges in the `challenges` table, for replicas sharing one PostgreSQL: a challenge issued
 * by one is answered at another. Taking is one `DELETE … RETURNING`, so a challenge is used once
 * even when two replicas race for it. The table is counted every COUNT_EVERY saves (and on every
 * save while it is full), which bounds it near `max` + `countEvery` per replica.
 */
export class TableChallengeStore implements ChallengeStore {
  private savesSinceCount = 0;
  private full = false;

  constructor(
    private readonly db: SqlDatabase,
    private readonly limits: TableChallengeLimits = { max: MAX_OUTSTANDING_CHALLENGES, countEvery: 1_000 },
  ) {}

  async save(c: ChallengeRecord): Promise<void> {
    if (this.full || ++this.savesSinceCount >= this.limits.countEvery) {
      this.savesSinceCount = 0;
      await this.deleteExpired(Date.now());
      const [row] = await this.db.query('SELECT count(*) AS outstanding FROM challenges');
      this.full = Number(row?.outstanding ?? 0) >= this.limits.max;
      if (this.full) throw tooMany();
    }
    await this.db.run('INSERT INTO challenges (challenge, scope, node_id, expires_at) VALUES (?, ?, ?, ?)', [
      c.challenge,
      c.scope,
      c.nodeId,
      c.expiresAt,
    ]);
  }

  async take(challenge: Buffer): Promise<ChallengeRecord | undefined> {
    const [row] = await this.db.query('DELETE FROM challenges WHERE challenge = ? RETURNING scope, node_id, expires_at', [challenge]);
    if (!row) return undefined;
    return {
      challenge,
      scope: row.scope as ChallengeScope,
      nodeId: row.node_id as Buffer,
      expiresAt: Number(row.expires_at),
    };
  }

  deleteExpired(now: number): Promise<number> {
    return this.db.run('DELETE FROM challenges WHERE expires_at <= ?', [now]);
  }
}
