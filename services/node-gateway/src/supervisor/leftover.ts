// A lightningd can outlive the gateway that started it (it runs in its own process group, and the
// hsmd proxy waits out a gateway restart rather than dying). The next gateway finds it through
// lightningd's pid file and stops it before starting its own: lightningd refuses to start twice on
// one directory ("already running"), and the old one would still answer on lightning-rpc.
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { ClnRpcClient } from '@greenhouse/cln-rpc';
import type { LightningdLaunch } from './arguments.ts';

const POLL_MS = 50;

/** The pid of a lightningd still running on this node directory, from its pid file; undefined if none. */
export async function leftoverLightningdPid(launch: Pick<LightningdLaunch, 'pidFile' | 'nodeDir'>): Promise<number | undefined> {
  const text = await readFile(launch.pidFile, 'utf8').catch(() => '');
  const pid = Number.parseInt(text.trim(), 10);
  if (!Number.isInteger(pid) || pid <= 1 || pid === process.pid || !isAlive(pid)) return undefined;
  // The pid may have been reused by something else since: only a process started on this very
  // lightning-dir counts. Without /proc (not Linux) nothing is taken for a leftover.
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return cmdline.split('\0').includes(`--lightning-dir=${launch.nodeDir}`) ? pid : undefined;
}

/**
 * Stops a leftover lightningd on this node directory, if there is one: the `stop` RPC, then SIGTERM,
 * then SIGKILL to its process group. Resolves with its pid once it is gone, or undefined when there
 * was none.
 */
export async function stopLeftoverLightningd(
  launch: Pick<LightningdLaunch, 'pidFile' | 'nodeDir' | 'rpcPath'>,
  options: { rpcGraceMs?: number; termGraceMs?: number } = {},
): Promise<number | undefined> {
  const pid = await leftoverLightningdPid(launch);
  if (pid === undefined) return undefined;
  const rpcGraceMs = options.rpcGraceMs ?? 30_000;
  const rpc = new ClnRpcClient({ socketPath: launch.rpcPath, timeoutMs: rpcGraceMs, idPrefix: 'greenhouse-gateway' });
  await rpc.call('stop').catch(() => undefined);
  await rpc.close();
  if (await goneWithin(pid, rpcGraceMs)) return pid;
  signal(pid, 'SIGTERM');
  if (await goneWithin(pid, options.termGraceMs ?? 10_000)) return pid;
  signal(-pid, 'SIGKILL'); // its group: lightningd was started as a group leader
  signal(pid, 'SIGKILL');
  await goneWithin(pid, 10_000);
  return pid;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // gone already
  }
}

async function goneWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(POLL_MS);
  }
  return true;
}
