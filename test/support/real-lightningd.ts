// A real lightningd on regtest and loopback, its hsmd replaced (`--subdaemon=hsmd:`), for real-CLN tests.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.ts';

const READY_LINE = 'Server started with public key';

export class RealLightningd {
  output = '';
  private readonly exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    readonly lightningDir: string,
    /** lightning-cli from the same directory as lightningd. */
    readonly lightningCli: string,
  ) {
    const keep = (chunk: Buffer) => (this.output += chunk.toString());
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  get logFile(): string {
    return path.join(this.lightningDir, 'log');
  }

  /** Starts lightningd and resolves once its log says the server started; rejects with the log if it exits first. */
  static async start(options: {
    lightningd: string;
    lightningDir: string;
    hsmd: string;
    bitcoindOptions: string[];
    env: NodeJS.ProcessEnv;
    timeoutMs?: number;
  }): Promise<RealLightningd> {
    const port = await freePort();
    const child = spawn(
      options.lightningd,
      [
        '--network=regtest',
        `--lightning-dir=${options.lightningDir}`,
        `--subdaemon=hsmd:${options.hsmd}`,
        ...options.bitcoindOptions,
        `--addr=127.0.0.1:${port}`,
        '--disable-dns',
        '--autoconnect-seeker-peers=0',
        `--log-file=${path.join(options.lightningDir, 'log')}`,
        '--developer',
        '--dev-bitcoind-poll=1',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: options.env },
    );
    const node = new RealLightningd(child, options.lightningDir, path.join(path.dirname(options.lightningd), 'lightning-cli'));
    await node.waitForLog(READY_LINE, options.timeoutMs ?? 60_000);
    return node;
  }

  async log(): Promise<string> {
    return readFile(this.logFile, 'utf8').catch(() => '');
  }

  /** lightning-cli's JSON answer. */
  async cli<T = unknown>(...args: string[]): Promise<T> {
    const { stdout } = await promisify(execFile)(this.lightningCli, [`--lightning-dir=${this.lightningDir}`, '--network=regtest', ...args]);
    return JSON.parse(stdout) as T;
  }

  /** `lightning-cli stop`, then waits for the process to end (SIGKILL if it has not in 30 s). */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.child.exitCode;
    await this.cli('stop').catch(() => this.child.kill());
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }

  private async waitForLog(line: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exitCode: number | null | undefined;
    void this.exited.then((code) => (exitCode = code));
    for (;;) {
      const log = await this.log();
      if (log.includes(line)) return;
      if (exitCode !== undefined || Date.now() > deadline) {
        this.child.kill('SIGKILL');
        const why = exitCode !== undefined ? `exited with ${exitCode}` : `not ready after ${timeoutMs} ms`;
        throw new Error(`lightningd ${why}:\n${this.output}\n--- log ---\n${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
