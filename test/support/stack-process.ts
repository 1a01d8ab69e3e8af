import { spawn, type ChildProcess } from 'node:child_process';
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
}

/** `pnpm start` as a real child process, as a user runs it. */
export class StackProcess {
  output = '';
  private constructor(
    readonly dir: string,
    readonly child: ChildProcess,
  ) {}

  static async start(dir: string, timeoutMs = 60_000): Promise<StackProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', STACK_MAIN, '--dir', dir], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GREENHOUSE_LOG_LEVEL: 'info' },
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
