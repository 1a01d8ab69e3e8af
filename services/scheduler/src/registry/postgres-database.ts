import pg from 'pg';
import { status } from '@grpc/grpc-js';
import { GreenhouseError, type Logger } from '@greenhouse/common';
import type { Param, Row, SqlDatabase, SqlExecutor } from './sql-database.ts';

/** Connection-level failures: the server is down, restarting, unreachable or out of connections. */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[123]|53300)/;
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly/i;

export interface PostgresOptions {
  /** `postgres://…`; never logged unredacted (see redactDatabaseUrl). */
  url: string;
  /** Connections this process keeps at most. */
  maxConnections?: number;
  logger: Logger;
}

/**
 * A PostgreSQL database through a node-postgres pool. Several scheduler processes may share it:
 * each statement autocommits, transactions take row locks as they go, and commits are durable
 * before they resolve (the server's default `synchronous_commit = on`).
 */
export class PostgresDatabase implements SqlDatabase {
  readonly dialect = 'postgres' as const;
  readonly forUpdate = ' FOR UPDATE';
  private readonly pool: pg.Pool;
  private readonly numbered = new Map<string, string>();

  constructor({ url, maxConnections = 10, logger }: PostgresOptions) {
    this.pool = new pg.Pool({
      connectionString: url,
      max: maxConnections,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      application_name: 'greenhouse-scheduler',
    });
    // An idle connection that the server drops must not crash the process; the pool replaces it.
    this.pool.on('error', (error) => logger.warn({ err: describe(error) }, 'registry database connection lost; reconnecting on next use'));
  }

  query(sql: string, params: Param[] = []): Promise<Row[]> {
    return this.execute(this.pool, sql, params).then((result) => result.rows);
  }

  run(sql: string, params: Param[] = []): Promise<number> {
    return this.execute(this.pool, sql, params).then((result) => result.rowCount ?? 0);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.connect();
    const tx: SqlExecutor = {
      query: (sql, params = []) => this.execute(client, sql, params).then((result) => result.rows),
      run: (sql, params = []) => this.execute(client, sql, params).then((result) => result.rowCount ?? 0),
    };
    let broken: unknown;
    try {
      await this.execute(client, 'BEGIN', []);
      const value = await work(tx);
      await this.execute(client, 'COMMIT', []);
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      // A connection that could not even roll back is closed rather than returned to the pool.
      client.release(broken instanceof Error ? broken : undefined);
    }
  }

  async withExclusiveLock<T>(lockId: number, work: () => Promise<T>): Promise<T> {
    const client = await this.connect();
    let broken: Error | undefined;
    try {
      await this.execute(client, 'SELECT pg_advisory_lock(?)', [lockId]);
      try {
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [lockId]).catch((error: unknown) => {
          // The lock ends with the session: closing the connection releases it.
          broken = error instanceof Error ? error : new Error(String(error));
        });
      }
    } finally {
      client.release(broken);
    }
  }

  isUniqueViolation(error: unknown): boolean {
    const cause = error instanceof GreenhouseError ? error.cause : error;
    return (cause as { code?: unknown } | null)?.code === '23505';
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async connect(): Promise<pg.PoolClient> {
    try {
      return await this.pool.connect();
    } catch (error) {
      throw asGreenhouseError(error);
    }
  }

  private async execute(on: pg.Pool | pg.PoolClient, sql: string, params: Param[]): Promise<pg.QueryResult<Row>> {
    try {
      return await on.query<Row>(this.toNumbered(sql), params);
    } catch (error) {
      throw asGreenhouseError(error);
    }
  }

  /** `?` placeholders → `$1, $2…` (the shared SQL never has `?` inside a literal). */
  private toNumbered(sql: string): string {
    let numbered = this.numbered.get(sql);
    if (numbered === undefined) {
      let n = 0;
      numbered = sql.replace(/\?/g, () => `$${++n}`);
      this.numbered.set(sql, numbered);
    }
    return numbered;
  }
}

/**
 * A lost or refused connection becomes UNAVAILABLE, which clients retry; everything else (a
 * constraint, a bug) stays as it is for the caller to judge, with the driver's error as cause.
 */
function asGreenhouseError(error: unknown): unknown {
  if (error instanceof GreenhouseError) return error;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const unavailable =
    (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_NODE_CODES.has(code))) ||
    (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message));
  if (!unavailable) return error;
  return new GreenhouseError(status.UNAVAILABLE, 'the registry database is unavailable; retry shortly', { cause: error });
}

function describe(error: Error): { message: string; code?: unknown } {
  return { message: error.message, code: (error as { code?: unknown }).code };
}
