#!/usr/bin/env node
// The scheduler as a program: `greenhouse-scheduler run --dir DIR`, and operator commands.
import { Command, InvalidArgumentError } from 'commander';
import { createLogger, GreenhouseError, stopOnSignals } from '@greenhouse/common';
import path from 'node:path';
import { newInviteCode } from './invite-codes.ts';
import { defaultSchedulerConfig, schedulerConfigFromEnv } from './config.ts';
import { startScheduler } from './server.ts';
import { openRegistry, registryLocation } from './registry/open-registry.ts';

const DATABASE_URL_HELP =
  'postgres://user:password@host:5432/db keeps the registry in PostgreSQL, shared by scheduler replicas (default: $GREENHOUSE_DATABASE_URL, else SQLite in --dir); prefer the environment variable for a URL with a password, as arguments are visible to other users';

const program = new Command('greenhouse-scheduler').description('Greenhouse scheduler: registers nodes and issues device certificates');

program
  .command('run', { isDefault: true })
  .description('serve scheduler.Scheduler, scheduler.Debug and scheduler.Pairing over mTLS')
  .option('--dir <dir>', 'data directory (certs/, scheduler.sqlite)', process.env.GREENHOUSE_DIR ?? '.greenhouse')
  .option('--database-url <url>', DATABASE_URL_HELP)
  .option('--host <host>', 'address to listen on', process.env.GREENHOUSE_HOST ?? '127.0.0.1')
  .option('--port <port>', 'port to listen on (0: any free port)', parsePort)
  .option('--require-invite-code', 'refuse registrations without an invite code')
  .option('--challenge-ttl <seconds>', 'how long a challenge stays valid', parsePositive)
  .option('--pairing-timeout <seconds>', 'how long a new device waits for a pairing approval (GREENHOUSE_PAIRING_TIMEOUT_SECONDS; default 300)', parsePositive)
  .option('--shared-node-storage', 'gateways share node storage: a node may run on any gateway, not only the one holding its data (GREENHOUSE_SHARED_NODE_STORAGE)')
  .action(async (options: { dir: string; databaseUrl?: string; host: string; port?: number; requireInviteCode?: boolean; challengeTtl?: number; pairingTimeout?: number; sharedNodeStorage?: boolean }) => {
    const logger = createLogger({ name: 'scheduler' });
    const config = defaultSchedulerConfig({
      ...schedulerConfigFromEnv(process.env),
      dataDir: options.dir,
      host: options.host,
      ...(options.databaseUrl !== undefined && { databaseUrl: options.databaseUrl }),
      ...(options.port !== undefined && { port: options.port }),
      ...(options.requireInviteCode && { requireInviteCode: true }),
      ...(options.challengeTtl !== undefined && { challengeTtlMs: options.challengeTtl * 1000 }),
      ...(options.pairingTimeout !== undefined && { pairingTimeoutMs: options.pairingTimeout * 1000 }),
      ...(options.sharedNodeStorage && { sharedNodeStorage: true }),
    });
    const scheduler = await startScheduler(config, logger).catch((error: unknown) => cannotStart(error));
    logger.info(
      {
        grpc_uri: scheduler.grpcUri,
        port: scheduler.port,
        ca_crt_path: scheduler.ca.paths.caCrt,
        nobody_crt_path: scheduler.ca.paths.nobodyCrt,
        nobody_key_path: scheduler.ca.paths.nobodyKey,
      },
      'scheduler ready',
    );
    stopOnSignals(logger, () => scheduler.stop());
  });

program
  .command('invite-codes')
  .description('create invite codes owned by the operator (for schedulers that require them)')
  .option('--dir <dir>', 'data directory', process.env.GREENHOUSE_DIR ?? '.greenhouse')
  .option('--database-url <url>', DATABASE_URL_HELP)
  .option('--count <n>', 'how many codes', parsePositive, 1)
  .action(async (options: { dir: string; databaseUrl?: string; count: number }) => {
    const logger = createLogger({ name: 'scheduler', level: 'warn', destination: process.stderr });
    const databaseUrl = options.databaseUrl ?? process.env.GREENHOUSE_DATABASE_URL;
    const registry = await openRegistry(registryLocation(path.resolve(options.dir), databaseUrl), logger).catch((error: unknown) =>
      cannotStart(error),
    );
    const codes = Array.from({ length: options.count }, newInviteCode);
    await registry.createInviteCodes(codes, null);
    await registry.close();
    console.log(codes.join('\n'));
  });

/**
 * A refusal the operator can act on (a bad setting, an unreachable database, a database that
 * refuses the login) as one line and exit 1; anything else with its stack.
 */
function cannotStart(error: unknown): never {
  const sqlState = typeof (error as { code?: unknown })?.code === 'string' && /^[0-9A-Z]{5}$/.test((error as { code: string }).code);
  if (error instanceof GreenhouseError || (error instanceof Error && sqlState)) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    program.error(`greenhouse-scheduler: ${error.message}${cause}`);
  }
  throw error;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('must be a port number 0-65535');
  return port;
}

function parsePositive(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return number;
}

await program.parseAsync();
