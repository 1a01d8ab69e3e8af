// The regtest bitcoind `pnpm start` runs when BITCOIND or PATH provides one, for the nodes it hosts:
// data in <dir>/bitcoind, JSON-RPC on 127.0.0.1 at a free port, rpcauth credentials generated once
// (the password in <dir>/bitcoind/rpc-password, mode 0600; never on a command line, never logged),
// a wallet, and 101 blocks mined on a fresh chain so lightningd finds a synced chain and spendable coins.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { accessSync, constants, statSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@greenhouse/common';

export const BITCOIND_ENV = 'BITCOIND';
/** The RPC user of the stack's bitcoind, and the wallet it creates there. */
export const RPC_USER = 'greenhouse';
export const WALLET = 'greenhouse';
/** Blocks mined on a fresh chain: 101, so the first coinbase is spendable. */
export const FRESH_CHAIN_BLOCKS = 101;

const KEEPER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bitcoind-keeper.ts');
const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 60_000;
/** bitcoind flushes its chainstate and wallet on the way out; give it time before SIGTERM/SIGKILL. */
const STOP_TIMEOUT_MS = 60_000;
const STDERR_TAIL_CHARS = 2000;

/** A bitcoind JSON-RPC error: its code and message. */
export class BitcoindRpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'BitcoindRpcError';
  }
}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false; // missing, unreadable or not executable
  }
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue; // an empty entry means the cwd to a shell; do not run whatever is there
    const file = path.resolve(dir, name);
    if (isExecutableFile(file)) return file;
  }
  return undefined;
}

/**
 * The bitcoind to run: BITCOIND when set (then it must be an executable file: a wrong explicit
 * setting is an error, not a reason to look elsewhere), else `bitcoind` on PATH, else undefined.
 */
export function locateBitcoind(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env[BITCOIND_ENV]?.trim();
  if (explicit) {
    const file = path.resolve(explicit);
    if (isExecutableFile(file)) return file;
    throw new Error(`${BITCOIND_ENV}=${explicit} is not an executable file; set it to a Bitcoin Core bitcoind, or unset it to use the one on PATH`);
  }
  return onPath('bitcoind', env);
}

/** The bitcoin-cli lightningd's bcli plugin should run: the one next to bitcoind, else the one on PATH. */
export function locateBitcoinCli(bitcoind: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const sibling = path.join(path.dirname(bitcoind), 'bitcoin-cli');
  return isExecutableFile(sibling) ? sibling : onPath('bitcoin-cli', env);
}

export interface RunningBitcoind {
  host: string;
  port: number;
  user: string;
  /** Holds the RPC password (mode 0600). */
  passwordFile: string;
  /** `http://user:password@127.0.0.1:port`, as Greenlight's gl-testserver writes it: for metadata.json only. */
  rpcUri: string;
  /** `http://127.0.0.1:port`, without credentials: for printing. */
  displayUri: string;
  dataDir: string;
  /** Resolves with the keeper's exit code once bitcoind has exited. */
  exited: Promise<number | null>;
  rpc<T = unknown>(method: string, params?: unknown[], wallet?: string): Promise<T>;
  /** The `stop` RPC (SIGTERM when that fails), then waits for the exit; SIGKILL after a minute. */
  stop(): Promise<void>;
}

/**
 * Starts bitcoind on `<dataDir>` (created 0700) and resolves once its RPC answers, the wallet is
 * loaded (created the first time) and the chain has at least 101 blocks. Rejects with what bitcoind
 * said when it exits first (e.g. another bitcoind holds the directory) or is not ready in a minute.
 */
export async function startRegtestBitcoind(options: { bitcoind: string; dataDir: string; logger: Logger }): Promise<RunningBitcoind> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(dataDir, 'rpc-password');
  const password = await rpcPassword(passwordFile);
  const port = await freePort();
  await writePrivate(path.join(dataDir, 'bitcoin.conf'), bitcoinConf(port, password));

  // The keeper has its own process group: a terminal's Ctrl-C reaches the stack, which stops the
  // gateway's nodes before bitcoind, not bitcoind at once.
  const keeper: ChildProcess = spawn(process.execPath, [...process.execArgv, KEEPER, options.bitcoind, `-datadir=${dataDir}`], {
    stdio: ['pipe', 'ignore', 'pipe'],
    detached: true,
  });
  let stderrTail = '';
  keeper.stderr!.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    stderrTail = (stderrTail + chunk.toString()).slice(-STDERR_TAIL_CHARS);
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    keeper.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );

  const authorization = `Basic ${Buffer.from(`${RPC_USER}:${password}`).toString('base64')}`;
  let requestId = 0;
  const rpc = async <T>(method: string, params: unknown[] = [], wallet?: string): Promise<T> => {
    const url = `http://${HOST}:${port}/${wallet ? `wallet/${encodeURIComponent(wallet)}` : ''}`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '1.0', id: `greenhouse-stack-${++requestId}`, method, params }),
    });
    const text = await response.text();
    let body: { result?: T; error?: { code: number; message: string } | null };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new BitcoindRpcError(response.status, `bitcoind answered ${method} with HTTP ${response.status}: ${text.slice(0, 200)}`);
    }
    if (body.error) throw new BitcoindRpcError(body.error.code, body.error.message);
    return body.result as T;
  };

  const killGroup = () => {
    try {
      process.kill(-keeper.pid!, 'SIGKILL');
    } catch {
      // gone already
    }
  };
  const exitWithin = async (ms: number): Promise<boolean> => {
    if (exitCode !== undefined) return true;
    const timeout = new AbortController();
    const gone = await Promise.race([exited.then(() => true), sleep(ms, false, { signal: timeout.signal }).catch(() => false)]);
    timeout.abort();
    return gone;
  };
  const stop = async (): Promise<void> => {
    if (exitCode !== undefined) return;
    await rpc('stop').catch(() => keeper.kill('SIGTERM'));
    if (await exitWithin(STOP_TIMEOUT_MS)) return;
    keeper.kill('SIGTERM');
    if (await exitWithin(10_000)) return;
    killGroup();
    await exited;
  };

  try {
    await waitForRpc(rpc, () => exitCode, () => stderrTail, options.bitcoind);
    await loadWallet(rpc);
    const height = await rpc<number>('getblockcount');
    if (height === 0) {
      const address = await rpc<string>('getnewaddress', [], WALLET);
      await rpc('generatetoaddress', [FRESH_CHAIN_BLOCKS, address]);
      options.logger.info({ blocks: FRESH_CHAIN_BLOCKS }, 'bitcoind: fresh regtest chain; mined blocks to the stack wallet');
    }
  } catch (error) {
    await stop().catch(() => killGroup());
    throw error;
  }

  const displayUri = `http://${HOST}:${port}`;
  return {
    host: HOST,
    port,
    user: RPC_USER,
    passwordFile,
    rpcUri: `http://${RPC_USER}:${password}@${HOST}:${port}`,
    displayUri,
    dataDir,
    exited,
    rpc,
    stop,
  };
}

type Rpc = <T>(method: string, params?: unknown[], wallet?: string) => Promise<T>;

/** Polls until bitcoind answers getblockchaininfo (it refuses connections, then answers -28 while warming up). */
async function waitForRpc(rpc: Rpc, exitCode: () => number | null | undefined, stderr: () => string, bitcoind: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exitCode() !== undefined) {
      const said = stderr().trim().split('\n').filter(Boolean).at(-1);
      throw new Error(`bitcoind (${bitcoind}) exited with code ${exitCode()} before its RPC answered${said ? `: ${said}` : ''}`);
    }
    try {
      await rpc('getblockchaininfo');
      return;
    } catch (error) {
      const warmingUp = error instanceof BitcoindRpcError && error.code === -28;
      const notListening = error instanceof TypeError; // fetch: connection refused while it starts
      if (!warmingUp && !notListening) throw error;
    }
    if (Date.now() > deadline) throw new Error(`bitcoind (${bitcoind}) did not answer RPC within ${READY_TIMEOUT_MS / 1000} s`);
    await sleep(200);
  }
}

/** Loads the stack's wallet, creating it the first time. */
async function loadWallet(rpc: Rpc): Promise<void> {
  if ((await rpc<string[]>('listwallets')).includes(WALLET)) return;
  try {
    await rpc('loadwallet', [WALLET]);
  } catch (error) {
    if (!(error instanceof BitcoindRpcError)) throw error;
    if (error.code === -35) return; // already loaded
    if (error.code !== -18) throw error; // -18: no such wallet yet
    await rpc('createwallet', [WALLET]);
  }
}

/** The RPC password, generated on first use and kept (0600) so restarts keep the same credentials. */
async function rpcPassword(file: string): Promise<string> {
  try {
    await writeFile(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  await chmod(file, 0o600);
  const password = (await readFile(file, 'utf8')).split('\n')[0]!.trim();
  if (!/^[0-9a-f]{16,}$/.test(password)) throw new Error(`${file} does not hold a password the stack wrote; delete it to get a new one`);
  return password;
}

/**
 * bitcoin.conf, rewritten at every start: regtest, RPC on loopback with rpcauth (a salted HMAC of
 * the password, as bitcoin's share/rpcauth/rpcauth.py makes it), no p2p, no DNS seeds.
 */
function bitcoinConf(port: number, password: string): string {
  const salt = randomBytes(16).toString('hex');
  const hmac = createHmac('sha256', salt).update(password).digest('hex');
  return [
    '# Written by `pnpm start` at every start; edits are lost. Greenhouse’s local regtest bitcoind.',
    'regtest=1',
    'server=1',
    `rpcauth=${RPC_USER}:${salt}$${hmac}`,
    'listen=0',
    'dnsseed=0',
    'fixedseeds=0',
    'printtoconsole=0',
    // Lets the wallet send on regtest, where there are no fee estimates.
    'fallbackfee=0.0002',
    '[regtest]',
    `rpcbind=${HOST}`,
    `rpcallowip=${HOST}`,
    `rpcport=${port}`,
    '',
  ].join('\n');
}

async function writePrivate(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await rm(temporary, { force: true });
  await writeFile(temporary, content, { mode: 0o600 });
  await rename(temporary, file);
}

/** A port nothing listens on right now, for bitcoind's RPC. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
