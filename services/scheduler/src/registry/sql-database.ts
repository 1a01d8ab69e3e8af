/**
 * The little the registry needs from a SQL database, implemented once per dialect
 * (sqlite-database.ts, postgres-database.ts). Statements are written with `?` placeholders in the
 * SQL both dialects share; a dialect rewrites what it must (PostgreSQL numbers them `$1, $2…`).
 */
export type Dialect = 'sqlite' | 'postgres';

export type Row = Record<string, unknown>;
export type Param = Buffer | string | number | null;

export interface SqlExecutor {
  /** Rows of a SELECT, or of a statement with RETURNING. */
  query(sql: string, params?: Param[]): Promise<Row[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: Param[]): Promise<number>;
}

export interface SqlDatabase extends SqlExecutor {
  readonly dialect: Dialect;
  /**
   * Runs `work` in one transaction that takes the write lock up front (SQLite `BEGIN IMMEDIATE`;
   * PostgreSQL READ COMMITTED, rows locked by the statements themselves) and commits durably before
   * resolving; any throw rolls it back and rethrows.
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Runs `work` while holding a lock that every process on this database shares (PostgreSQL: a
   * session advisory lock), so two processes starting at once do not migrate at once. SQLite: one
   * process per file, and each migration's transaction rechecks its version anyway.
   */
  withExclusiveLock<T>(lockId: number, work: () => Promise<T>): Promise<T>;
  /** `SELECT … FOR UPDATE` where the dialect has it; SQLite's transaction already holds the write lock. */
  readonly forUpdate: string;
  /** Whether the error is a UNIQUE or PRIMARY KEY violation. */
  isUniqueViolation(error: unknown): boolean;
  close(): Promise<void>;
}
