import path from 'node:path';
import { invalidArgument, type Logger } from '@greenhouse/common';
import { MemoryChallengeStore, TableChallengeStore } from './challenge-stores.ts';
import { migrate } from './migrations.ts';
import { PostgresDatabase } from './postgres-database.ts';
import type { SqlDatabase } from './sql-database.ts';
import { SqlRegistry } from './sql-registry.ts';
import { SqliteDatabase } from './sqlite-database.ts';

export const SQLITE_FILE_NAME = 'scheduler.sqlite';

export type RegistryLocation = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/**
 * `postgres://…` (or `postgresql://…`) selects PostgreSQL; no URL selects the SQLite file in the
 * data directory. Anything else is refused rather than silently ignored.
 */
export function registryLocation(dataDir: string, databaseUrl?: string): RegistryLocation {
  const url = databaseUrl?.trim();
  if (!url) return { dialect: 'sqlite', file: path.join(dataDir, SQLITE_FILE_NAME) };
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', url };
  throw invalidArgument(
    `GREENHOUSE_DATABASE_URL must be a postgres://… URL, or unset for SQLite in the data directory; got ${redactDatabaseUrl(url)}`,
  );
}

/**
 * The URL as it may be logged or shown: the password (in the authority or as a `password=`
 * parameter) replaced by `***`.
 */
export function redactDatabaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
    return `${scheme ?? 'unparsable'}:[URL redacted]`;
  }
  if (parsed.password) parsed.password = '***';
  for (const key of [...parsed.searchParams.keys()]) {
    if (/pass|secret|key|token/i.test(key)) parsed.searchParams.set(key, '***');
  }
  return parsed.toString();
}

/** A human-readable, secret-free name of where the registry lives, for logs. */
export function describeRegistryLocation(location: RegistryLocation): string {
  return location.dialect === 'sqlite' ? location.file : redactDatabaseUrl(location.url);
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(location: RegistryLocation, logger: Logger): Promise<SqlDatabase> {
  const db = location.dialect === 'sqlite' ? new SqliteDatabase(location.file) : new PostgresDatabase({ url: location.url, logger });
  try {
    await migrate(db, logger);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}

/**
 * Opens the registry. SQLite keeps challenges in memory (one process per file); PostgreSQL keeps
 * them in a table that every replica sharing it reads.
 */
export async function openRegistry(location: RegistryLocation, logger: Logger): Promise<SqlRegistry> {
  const db = await openDatabase(location, logger);
  const challenges = location.dialect === 'sqlite' ? new MemoryChallengeStore() : new TableChallengeStore(db);
  logger.info({ dialect: location.dialect, database: describeRegistryLocation(location) }, 'registry open');
  return new SqlRegistry(db, challenges);
}
