import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const STACK_MAIN = path.join(REPO_ROOT, 'services/stack/src/main.ts');

export interface StackMetadata {
  scheduler_grpc_uri: string;
  ca_crt_path: string;
  nobody_crt_path: string;
  nobody_key_path: string;
  cert_path: string;
  /** Present when the stack runs a regtest bitcoind: `http://greenhouse:<password>@127.0.0.1:<port>`. */
  bitcoind_rpc_uri?: string;
}

/**
 * The environment without any bitcoind the stack could find or be pointed at: no BITCOIND, no
 * GREENHOUSE_BITCOIND_*, and no PATH entry holding a `bitcoind`.
 */
export function withoutBitcoind(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) if (name !== 'BITCOIND' && !name.startsWith('GREENHOUSE_BITCOIN')) result[name] = value;
  const hasBitcoind = (dir: string) => {
    try {
      accessSync(path.join(dir, 'bitcoind'), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  result.PATH = (env.PATH ?? '').split(path.delimiter).filter((dir) => dir && !hasBitcoind(dir)).join(path.delimiter);
  return result;
}

/** `pnpm start` as a real child process, as a user runs it. */
export class StackProcess {
  output = '';
  private constructor(
    readonly dir: string,
    readonly child: ChildProcess,
  ) {}

  /** Runs `pnpm start --dir DIR` with `env` (default this process's) and resolves once it prints that it is running. */
  static async start(dir: string, options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<StackProcess> {
    const timeoutMs = options.timeoutMs ?? 60_000;
    const child = spawn(process.execPath, ['--import', 'tsx', STACK_MAIN, '--dir', dir], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...(options.env ?? process.env), GREENHOUSE_LOG_LEVEL: 'info' },
    });
    const stack = new StackProcess(dir, child);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`stack not running after ${timeoutMs} ms:\n${stack.output}`)), timeoutMs);
      const onData = (chunk: Buffer) => {
        stack.output += chunk.toString();
        if (stack.output.includes('Greenhouse is running.')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`stack exited with ${code} before it was running:\n${stack.output}`));
      });
    });
    return stack;
  }

  async metadata(): Promise<StackMetadata> {
    return JSON.parse(await readFile(path.join(this.dir, 'metadata.json'), 'utf8')) as StackMetadata;
  }

  /** Sends the signal and resolves with the exit code. */
  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve(this.child.exitCode);
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.child.kill(signal);
    return exited;
  }
}

/** Pids of live processes with `dir` in their command line (Linux /proc; empty elsewhere). */
export function processesUsing(dir: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  return entries.flatMap((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir) ? [Number(pid)] : [];
    } catch {
      return []; // exited meanwhile
    }
  });
}
