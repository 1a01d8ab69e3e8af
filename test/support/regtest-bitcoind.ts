// A throw-away regtest bitcoind on loopback with a funded wallet (101 blocks), for real-CLN tests.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.ts';

const RPC_USER = 'greenhouse';
const RPC_PASSWORD = 'greenhouse-test';

export class RegtestBitcoind {
  private readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly datadir: string,
    readonly rpcPort: number,
    /** bitcoin-cli from the same directory as bitcoind. */
    readonly bitcoinCli: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  static async start(bitcoind: string, datadir: string): Promise<RegtestBitcoind> {
    await mkdir(datadir, { recursive: true });
    const rpcPort = await freePort();
    const child = spawn(
      bitcoind,
      [
        '-regtest',
        `-datadir=${datadir}`,
        '-server',
        `-rpcuser=${RPC_USER}`,
        `-rpcpassword=${RPC_PASSWORD}`,
        '-rpcbind=127.0.0.1',
        '-rpcallowip=127.0.0.1',
        `-rpcport=${rpcPort}`,
        '-listen=0',
        '-dnsseed=0',
        '-fixedseeds=0',
        '-fallbackfee=0.0002',
        '-printtoconsole=0',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const node = new RegtestBitcoind(child, datadir, rpcPort, path.join(path.dirname(bitcoind), 'bitcoin-cli'));
    try {
      await node.cli('-rpcwait', '-rpcwaittimeout=60', 'getblockchaininfo');
      await node.cli('createwallet', 'greenhouse-tests');
      const address = await node.cli('getnewaddress');
      await node.cli('generatetoaddress', '101', address);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
    return node;
  }

  /** The options lightningd's bcli plugin needs to reach this node. */
  lightningdOptions(): string[] {
    return [
      `--bitcoin-cli=${this.bitcoinCli}`,
      `--bitcoin-rpcuser=${RPC_USER}`,
      `--bitcoin-rpcpassword=${RPC_PASSWORD}`,
      '--bitcoin-rpcconnect=127.0.0.1',
      `--bitcoin-rpcport=${this.rpcPort}`,
    ];
  }

  /** bitcoin-cli's trimmed output. */
  async cli(...args: string[]): Promise<string> {
    const connection = ['-regtest', `-datadir=${this.datadir}`, `-rpcuser=${RPC_USER}`, `-rpcpassword=${RPC_PASSWORD}`, '-rpcconnect=127.0.0.1', `-rpcport=${this.rpcPort}`];
    const { stdout } = await promisify(execFile)(this.bitcoinCli, [...connection, ...args]);
    return stdout.trim();
  }

  /** `bitcoin-cli stop`, then waits for the process to end (SIGKILL if it has not in 30 s). */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await this.cli('stop').catch(() => this.child.kill());
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    await this.exited;
    clearTimeout(timer);
  }
}
