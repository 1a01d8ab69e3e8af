import { chmodSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Param, Row, SqlDatabase, SqlExecutor } from './sql-database.ts';

/**
 * One SQLite file (WAL, fsync on commit) behind the SqlDatabase interface. better-sqlite3 is
 * synchronous and has one connection, so a transaction whose work awaits would let another
 * caller's statement slip into it; statements therefore wait while a transaction is under way,
 * and run at once (synchronously) otherwise.
 */
export class SqliteDatabase implements SqlDatabase {
  readonly dialect = 'sqlite' as const;
  readonly forUpdate = '';
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  /** Work queued behind or running in a transaction; 0 means a statement may run right away. */
  private pending = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly direct: SqlExecutor = {
    query: async (sql, params = []) => this.prepare(sql).all(...params) as Row[],
    run: async (sql, params = []) => this.prepare(sql).run(...params).changes,
  };

  constructor(file: string) {
    this.db = new Database(file);
    chmodSync(file, 0o600);
    this.db.pragma('journal_mode = WAL');
    // FULL: a commit reaches the disk before the RPC that caused it is answered.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
  }

  query(sql: string, params: Param[] = []): Promise<Row[]> {
    return this.exclusive(() => this.prepare(sql).all(...params) as Row[]);
  }

  run(sql: string, params: Param[] = []): Promise<number> {
    return this.exclusive(() => this.prepare(sql).run(...params).changes);
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    this.pending++;
    const result = this.queue.then(async () => {
      try {
        this.db.exec('BEGIN IMMEDIATE');
        try {
          const value = await work(this.direct);
          this.db.exec('COMMIT');
          return value;
        } catch (error) {
          if (this.db.inTransaction) this.db.exec('ROLLBACK');
          throw error;
        }
      } finally {
        this.pending--;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  async withExclusiveLock<T>(_lockId: number, work: () => Promise<T>): Promise<T> {
    return work();
  }

  isUniqueViolation(error: unknown): boolean {
    const code = (error as { code?: unknown } | null)?.code;
    return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
  }

  async close(): Promise<void> {
    await this.queue;
    this.db.close();
  }

  private exclusive<T>(statement: () => T): Promise<T> {
    if (this.pending === 0) {
      try {
        return Promise.resolve(statement());
      } catch (error) {
        return Promise.reject(error);
      }
    }
    this.pending++;
    const result = this.queue.then(() => {
      try {
        return statement();
      } finally {
        this.pending--;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
