// A real PostgreSQL for tests: the server named by GREENHOUSE_TEST_DATABASE_URL (CI starts one),
// else a throw-away cluster started here from the installed PostgreSQL binaries (Debian's
// `postgresql` package), else nothing — and the tests say why they skip.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from '../../../../test/support/free-port.ts';

const run = promisify(execFile);

export interface TestDatabase {
  /** A fresh, empty database of its own. */
  url: string;
  /**
   * The password in `url`, for tests that check it is never logged: the one given, else a made-up
   * one, which a server that trusts the connection (the test clusters) never asks for.
   */
  password: string;
  drop(): Promise<void>;
}

export interface TestPostgres {
  /** Where it came from, for a log line: the environment or a cluster started here. */
  origin: string;
  /** A new empty database, so tests never see each other's rows. */
  createDatabase(): Promise<TestDatabase>;
  stop(): Promise<void>;
}

export type TestPostgresResult = { server: TestPostgres; skipReason?: undefined } | { server?: undefined; skipReason: string };

/**
 * The PostgreSQL to test against. With GREENHOUSE_TEST_DATABASE_URL its role needs CREATEDB:
 * each suite gets a database of its own, dropped afterwards.
 */
export async function testPostgres(): Promise<TestPostgresResult> {
  const url = process.env.GREENHOUSE_TEST_DATABASE_URL;
  if (url) return { server: new ServerAt(url, 'GREENHOUSE_TEST_DATABASE_URL', async () => {}) };
  const binDir = findPostgresBinaries();
  if (!binDir) {
    return { skipReason: 'no PostgreSQL: set GREENHOUSE_TEST_DATABASE_URL or install Debian\'s postgresql package (initdb not found)' };
  }
  const owner = serverOwner();
  if (!owner) return { skipReason: 'no PostgreSQL: running as root and there is no "postgres" user to run a test server as' };
  try {
    return { server: await startCluster(binDir, owner) };
  } catch (error) {
    return { skipReason: `no PostgreSQL: could not start a test cluster from ${binDir}: ${(error as Error).message.split('\n')[0]}` };
  }
}

class ServerAt implements TestPostgres {
  constructor(
    private readonly adminUrl: string,
    readonly origin: string,
    private readonly shutdown: () => Promise<void>,
  ) {}

  async createDatabase(): Promise<TestDatabase> {
    const name = `greenhouse_test_${randomBytes(6).toString('hex')}`;
    await this.admin(`CREATE DATABASE ${name}`);
    const url = new URL(this.adminUrl);
    url.pathname = `/${name}`;
    if (!url.password) url.password = `made-up-${randomBytes(4).toString('hex')}`;
    return {
      url: url.toString(),
      password: decodeURIComponent(url.password),
      drop: () => this.admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }

  stop(): Promise<void> {
    return this.shutdown();
  }

  private async admin(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

/** initdb's directory: on PATH, else the newest /usr/lib/postgresql/<version>/bin. */
function findPostgresBinaries(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(path.join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && path.join(root, versions[0], 'bin');
}

/** PostgreSQL refuses to run as root: then the cluster belongs to the "postgres" user. */
function serverOwner(): { uid: number; gid: number } | undefined {
  const uid = process.getuid?.() ?? 0;
  if (uid !== 0) return { uid, gid: process.getgid?.() ?? 0 };
  const entry = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((line) => line.split(':'))
    .find((fields) => fields[0] === 'postgres');
  return entry ? { uid: Number(entry[2]), gid: Number(entry[3]) } : undefined;
}

async function startCluster(binDir: string, owner: { uid: number; gid: number }): Promise<TestPostgres> {
  const dir = await mkdtemp(path.join(tmpdir(), 'greenhouse-pg-'));
  await chown(dir, owner.uid, owner.gid);
  const data = path.join(dir, 'data');
  const asOwner = { ...(process.getuid?.() === 0 && { uid: owner.uid, gid: owner.gid }), cwd: dir, timeout: 60_000 };
  const stop = async () => {
    await run(path.join(binDir, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], asOwner).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await run(path.join(binDir, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'], asOwner);
    const port = await freePort();
    // A test server: durability is the production server's business, speed is ours.
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    await run(path.join(binDir, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'server.log'), '-o', options, '-w', '-t', '30', 'start'], asOwner);
    return new ServerAt(`postgres://postgres@127.0.0.1:${port}/postgres`, `a test cluster in ${dir}`, stop);
  } catch (error) {
    await stop();
    throw error;
  }
}
