// The Greenhouse pieces a bench runs as separate processes, as deployed: the scheduler, the node
// gateway, and helper children (a signer). All children get stdin as a lifeline (they exit when it
// ends), so nothing outlives a bench that dies.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createPrivateKey } from 'node:crypto';
import path from 'node:path';
import { SchedulerClient, type DeviceCredentials } from '@greenhouse/client';
import { uncompressedPublicKey } from '@greenhouse/common';
import { createGreenlightRune } from '@greenhouse/common/runes';
import { startService, type ServiceProcess } from '@greenhouse/stack';
import type { Signer } from '../../services/signer/src/index.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const SCHEDULER_MAIN = path.join(REPO_ROOT, 'services/scheduler/src/main.ts');
const GATEWAY_MAIN = path.join(REPO_ROOT, 'services/node-gateway/src/main.ts');

export interface StackCertificates {
  caPem: string;
  nobody: DeviceCredentials;
  /** The gateway's service identity (what its public port presents). */
  gateway: DeviceCredentials;
}

export interface SchedulerProcess {
  service: ServiceProcess;
  uri: string;
  certs: StackCertificates;
}

/** `greenhouse-scheduler run` on 127.0.0.1, any free port, data in `dir` (the CA writes `dir/certs`). */
export async function startSchedulerProcess(dir: string): Promise<SchedulerProcess> {
  const service = await startService({
    name: 'scheduler',
    main: SCHEDULER_MAIN,
    args: ['run', '--dir', dir, '--host', '127.0.0.1', '--port', '0'],
    readyMessage: 'scheduler ready',
    onExit: () => undefined,
    forwardOutput: false,
    env: { ...process.env, GREENHOUSE_LOG_LEVEL: 'info' }, // its ready line is an info line
  });
  const certs = path.join(dir, 'certs');
  const read = (file: string) => readFile(path.join(certs, file), 'utf8');
  return {
    service,
    uri: String(service.ready.grpc_uri),
    certs: {
      caPem: await read('ca.crt'),
      nobody: { certPem: await read('users/nobody.crt'), keyPem: await read('users/nobody-key.pem') },
      gateway: { certPem: await read('services/node-gateway.crt'), keyPem: await read('services/node-gateway-key.pem') },
    },
  };
}

/** `greenhouse-gateway run` on the scheduler's data dir (its certificates), any free port. */
export async function startGatewayProcess(options: { dir: string; schedulerUri: string; env: NodeJS.ProcessEnv; args?: string[] }) {
  const service = await startService({
    name: 'gateway',
    main: GATEWAY_MAIN,
    args: ['run', '--dir', options.dir, '--host', '127.0.0.1', '--port', '0', '--scheduler', options.schedulerUri, ...(options.args ?? [])],
    readyMessage: 'gateway ready',
    onExit: () => undefined,
    forwardOutput: false,
    env: options.env,
  });
  return { service, grpcUri: String(service.ready.grpc_uri) };
}

/** Register as `greenhouse register` does: the signer proves the node key, the device gets a certificate. */
export async function registerSigner(scheduler: SchedulerProcess, signer: Signer): Promise<DeviceCredentials> {
  const client = new SchedulerClient(scheduler.uri, { caPem: scheduler.certs.caPem, ...scheduler.certs.nobody }, 30_000);
  try {
    const { initMsg, startupMessages } = signer.startupMessages();
    return await client.registerNode({
      nodeId: signer.nodeId,
      signChallenge: (challenge) => signer.signChallenge(challenge),
      network: 'regtest',
      signerVersion: 'v26.06',
      initMsg,
      startupMessages,
    });
  } finally {
    client.close();
  }
}

/** The device's rune: minted by the signer, restricted to the device key (as `greenhouse register` does). */
export function deviceRune(signer: Signer, device: DeviceCredentials): string {
  const pubkey = uncompressedPublicKey(createPrivateKey(device.keyPem));
  return createGreenlightRune(signer.runeMaster, [[`pubkey=${pubkey.toString('hex')}`]]);
}

/** A TypeScript child under the same loader as this process; stdin is its lifeline. */
export function spawnChild(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(process.execPath, [...process.execArgv, script, ...args], { stdio: ['pipe', 'inherit', 'inherit'], env });
}

/** Ends a child started by spawnChild: closes its lifeline, SIGKILL after 5 s. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.stdin?.end();
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

export async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
