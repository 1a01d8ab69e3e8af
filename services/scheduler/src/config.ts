import path from 'node:path';

export const SUPPORTED_NETWORKS = ['bitcoin', 'testnet', 'testnet4', 'signet', 'regtest'] as const;

export interface SchedulerConfig {
  /** Data directory: certs/, the registry database. */
  dataDir: string;
  /** Address to listen on; 127.0.0.1 unless deployed. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** How long a challenge from GetChallenge stays valid. */
  challengeTtlMs: number;
  /** When set, Register needs an unredeemed invite code. */
  requireInviteCode: boolean;
  /** Invite codes each newly registered node receives to pass on. */
  inviteCodesPerNode: number;
  /** Networks Register accepts. */
  networks: readonly string[];
  /**
   * `postgres://…` keeps the registry in PostgreSQL, which several scheduler replicas may share;
   * unset, it is `scheduler.sqlite` in the data dir. May hold a password: never log it as is.
   */
  databaseUrl?: string;
  /** The gateways share node storage, so a node may run on any of them (not just its home). */
  sharedNodeStorage?: boolean;
  /** How long a PairDevice call waits for a trusted device's approval before DEADLINE_EXCEEDED. */
  pairingTimeoutMs: number;
  /**
   * How long an approval waits for a replica that holds the node's signer to take it, before the
   * approver hears UNAVAILABLE. Default: 2 s on PostgreSQL (replicas poll every 200 ms), none on
   * SQLite (one process: its own signer streams are all there are).
   */
  pairingForwardWaitMs?: number;
}

export function defaultSchedulerConfig(overrides: Partial<SchedulerConfig> & { dataDir: string }): SchedulerConfig {
  return {
    host: '127.0.0.1',
    port: 0,
    challengeTtlMs: 5 * 60 * 1000,
    pairingTimeoutMs: 5 * 60 * 1000,
    requireInviteCode: false,
    inviteCodesPerNode: 0,
    networks: SUPPORTED_NETWORKS,
    ...overrides,
    dataDir: path.resolve(overrides.dataDir),
  };
}

/** Settings from GREENHOUSE_* environment variables, for the stack and the scheduler binary. */
export function schedulerConfigFromEnv(env: NodeJS.ProcessEnv): Partial<SchedulerConfig> {
  const config: Partial<SchedulerConfig> = {};
  if (env.GREENHOUSE_CHALLENGE_TTL_SECONDS) config.challengeTtlMs = positiveNumber(env.GREENHOUSE_CHALLENGE_TTL_SECONDS, 'GREENHOUSE_CHALLENGE_TTL_SECONDS') * 1000;
  if (env.GREENHOUSE_REQUIRE_INVITE_CODE) config.requireInviteCode = ['1', 'true', 'yes'].includes(env.GREENHOUSE_REQUIRE_INVITE_CODE.toLowerCase());
  if (env.GREENHOUSE_INVITE_CODES_PER_NODE) config.inviteCodesPerNode = positiveNumber(env.GREENHOUSE_INVITE_CODES_PER_NODE, 'GREENHOUSE_INVITE_CODES_PER_NODE');
  if (env.GREENHOUSE_SCHEDULER_PORT) config.port = positiveNumber(env.GREENHOUSE_SCHEDULER_PORT, 'GREENHOUSE_SCHEDULER_PORT');
  if (env.GREENHOUSE_HOST) config.host = env.GREENHOUSE_HOST;
  if (env.GREENHOUSE_DATABASE_URL) config.databaseUrl = env.GREENHOUSE_DATABASE_URL;
  if (env.GREENHOUSE_PAIRING_TIMEOUT_SECONDS) config.pairingTimeoutMs = positiveNumber(env.GREENHOUSE_PAIRING_TIMEOUT_SECONDS, 'GREENHOUSE_PAIRING_TIMEOUT_SECONDS') * 1000;
  if (env.GREENHOUSE_SHARED_NODE_STORAGE) config.sharedNodeStorage = ['1', 'true', 'yes'].includes(env.GREENHOUSE_SHARED_NODE_STORAGE.toLowerCase());
  return config;
}

function positiveNumber(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${text}"`);
  return value;
}
