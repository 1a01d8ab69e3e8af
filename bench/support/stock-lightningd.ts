// A stock lightningd for a bench's same-run baseline, started with the gateway's own command line for
// a node (`lightningdArguments`: same config file, log level, disabled plugin, rpc file) minus the two
// things that make it a Greenhouse node: the hsmd proxy (`--subdaemon=hsmd:`, so its own
// lightning_hsmd runs, with a fresh hsm_secret) and the gateway's plugins (`--plugin=` under
// services/node-gateway). So a comparison differs only in what Greenhouse adds.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ClnRpcClient, waitForRpc } from '../../packages/cln-rpc/src/index.ts';
import { lightningdArguments, type BitcoindConnection } from '../../services/node-gateway/src/supervisor/index.ts';
import { freePort } from '../../test/support/free-port.ts';
import { REPO_ROOT } from './stack.ts';

const GATEWAY_CODE = path.join(REPO_ROOT, 'services/node-gateway');

export interface StockNode {
  name: string;
  child: ChildProcess;
  nodeDir: string;
  rpcPath: string;
  logFile: string;
  p2pPort: number;
  rpc: ClnRpcClient;
  /** The options it runs with. */
  args: string[];
  /** What the gateway would have added and this one runs without. */
  dropped: string[];
  /** `stop` over rpc, then waits for the exit (SIGKILL after 30 s). */
  stop(): Promise<void>;
}

export async function startStockNode(options: {
  name: string;
  lightningd: string;
  /** `lightningd --version` (readLightningdVersion). */
  version: string;
  nodeDir: string;
  bitcoind: BitcoindConnection;
  timeoutMs?: number;
}): Promise<StockNode> {
  const p2pPort = await freePort();
  const launch = lightningdArguments({
    lightningd: options.lightningd,
    lightningdVersion: options.version,
    nodeDir: options.nodeDir,
    network: 'regtest',
    p2pPort,
    bitcoind: options.bitcoind,
  });
  const gatewayOwn = (arg: string) => arg.startsWith('--subdaemon=hsmd:') || (arg.startsWith('--plugin=') && arg.includes(GATEWAY_CODE));
  const args = launch.args.filter((a) => !gatewayOwn(a));
  await mkdir(path.join(options.nodeDir, 'regtest'), { recursive: true, mode: 0o700 });
  await writeFile(launch.configFile.path, launch.configFile.content, { mode: 0o600 });
  const child = spawn(launch.command, args, { cwd: launch.cwd, env: launch.env, stdio: 'ignore' });
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve();
    }),
  );
  const early = exited.then(() => {
    throw new Error(`stock lightningd ${options.name} exited with ${exitCode} before its rpc socket appeared; see ${launch.logFile}`);
  });
  try {
    await Promise.race([waitForRpc(launch.rpcPath, options.timeoutMs ?? 90_000), early]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  early.catch(() => undefined);
  const rpc = new ClnRpcClient({ socketPath: launch.rpcPath, idPrefix: `bench-${options.name}` });
  return {
    name: options.name,
    child,
    nodeDir: options.nodeDir,
    rpcPath: launch.rpcPath,
    logFile: launch.logFile,
    p2pPort,
    rpc,
    args,
    dropped: launch.args.filter(gatewayOwn),
    async stop() {
      if (exitCode !== undefined) return;
      await rpc.call('stop').catch(() => child.kill('SIGTERM'));
      await rpc.close();
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
