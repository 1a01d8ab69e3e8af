import { randomBytes } from 'node:crypto';
import { invalidArgument, unauthenticated } from '@greenhouse/common';
import type { ChallengeScope, Registry } from './registry/registry.ts';

export const CHALLENGE_LENGTH = 32;

/**
 * One-time challenges that prove a caller holds a node key. A challenge is bound to its scope and
 * node id, expires, and is consumed by the first attempt to use it — a failed attempt included,
 * so a signature cannot be guessed against the same challenge twice.
 */
export class Challenges {
  constructor(
    private readonly registry: Registry,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async issue(scope: ChallengeScope, nodeId: Buffer): Promise<Buffer> {
    const challenge = randomBytes(CHALLENGE_LENGTH);
    await this.registry.saveChallenge({ challenge, scope, nodeId, expiresAt: this.now() + this.ttlMs });
    return challenge;
  }

  async redeem(challenge: Uint8Array, scope: ChallengeScope, nodeId: Buffer): Promise<void> {
    if (challenge.length !== CHALLENGE_LENGTH) {
      throw invalidArgument(`challenge must be the ${CHALLENGE_LENGTH} bytes GetChallenge returned, got ${challenge.length}`);
    }
    const record = await this.registry.takeChallenge(Buffer.from(challenge));
    if (!record) throw unauthenticated('challenge is unknown or was already used; call GetChallenge for a new one');
    if (record.expiresAt <= this.now()) {
      throw unauthenticated(`challenge expired (challenges are valid for ${Math.round(this.ttlMs / 1000)} s); call GetChallenge for a new one`);
    }
    if (record.scope !== scope) {
      throw invalidArgument(`challenge was issued for ${record.scope}, not ${scope}; call GetChallenge with scope ${scope}`);
    }
    if (!record.nodeId.equals(nodeId)) {
      throw invalidArgument(`challenge was issued for node ${record.nodeId.toString('hex')}, not ${nodeId.toString('hex')}`);
    }
  }

  async sweepExpired(): Promise<number> {
    return this.registry.deleteExpiredChallenges(this.now());
  }
}
