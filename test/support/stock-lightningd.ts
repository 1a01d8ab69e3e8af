// A stock lightningd (its own lightning_hsmd, nothing replaced) on regtest and loopback, for tests that talk
// to it over lightning-rpc. Each test starts its own; it is ready once its lightning-rpc socket accepts.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { lightningRpcPath, waitForRpc } from '../../packages/cln-rpc/src/index.ts';
import { freePort } from './free-port.ts';

export class StockLightningd {
  private output = '';
  private readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;

  private constructor(
    private readonly child: ChildProcess,
    readonly lightningDir: string,
    readonly rpcPath: string,
  ) {
    const keep = (chunk: Buffer) => (this.output += chunk.toString());
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.exited = new Promise((resolve) =>
      child.once('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      }),
    );
  }

  static async start(options: { lightningd: string; lightningDir: string; bitcoindOptions: string[]; timeoutMs?: number }): Promise<StockLightningd> {
    const port = await freePort();
    const child = spawn(
      options.lightningd,
      [
        '--network=regtest',
        `--lightning-dir=${options.lightningDir}`,
        ...options.bitcoindOptions,
        `--addr=127.0.0.1:${port}`,
        '--disable-dns',
        `--log-file=${path.join(options.lightningDir, 'log')}`,
        // Poll bitcoind every second instead of every 30 s, so a funding block is seen at once.
        '--developer',
        '--dev-bitcoind-poll=1',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const node = new StockLightningd(child, options.lightningDir, lightningRpcPath(options.lightningDir, 'regtest'));
    const timeoutMs = options.timeoutMs ?? 60_000;
    const exitedEarly = node.exited.then(async (code) => {
      throw new Error(`lightningd exited with ${code} before lightning-rpc appeared:\n${node.output}\n--- log ---\n${await node.log()}`);
    });
    try {
      await Promise.race([waitForRpc(node.rpcPath, timeoutMs), exitedEarly]);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
    exitedEarly.catch(() => undefined); // a later exit is stop()'s business
    return node;
  }

  async log(): Promise<string> {
    return readFile(path.join(this.lightningDir, 'log'), 'utf8').catch(() => '');
  }

  /** Waits for the process to end after a `stop` RPC; SIGKILL after `timeoutMs`. Resolves with the exit code. */
  async waitForExit(timeoutMs = 30_000): Promise<number | null> {
    if (this.exitCode !== undefined) return this.exitCode;
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }

  /** For teardown after a failure: ends the process if it still runs. */
  async kill(): Promise<void> {
    if (this.exitCode !== undefined) return;
    this.child.kill('SIGTERM');
    await this.waitForExit(10_000);
  }
}
