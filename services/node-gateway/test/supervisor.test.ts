// NodeSupervisor and its parts on a bare machine: the lightningd TEST DOUBLE stands in for
// lightningd (test/support/lightningd-double.mjs), with the real hsmd proxy as its hsmd and the
// real Signer behind the Hsm service double.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { once } from 'node:events';
import { chmod, mkdir, mkdtemp, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { status } from '@grpc/grpc-js';
import { GreenhouseError } from '@greenhouse/common';
import { HSMD_PROXY_PATH, HSM_SOCKET_ENV, LIGHTNINGD_VERSION_ENV } from '../src/hsmd-proxy/index.ts';
import { FDPASS_ADDON_ENV, FDPASS_ADDON_PATH } from '../src/hsmd-proxy/addon-path.ts';
import { PROTO_DIR, PROTO_DIR_ENV } from '@greenhouse/common/proto';
import { EVENTS_PLUGIN_PATH, EVENTS_SOCKET_ENV } from '../src/node-events/index.ts';
import { HANDOFF_SOCKET_ENV } from '../src/handoff/paths.ts';
import {
  lightningdArguments,
  LightningdProcess,
  locateLightningd,
  NodeSupervisor,
  prepareNodeDirectories,
  type LightningdExit,
  type NodeState,
  type NodeSupervisorOptions,
} from '../src/supervisor/index.ts';
import { DEFAULT_DOUBLE_VERSION, DOUBLE_ENV, failAtStartupFlag, LIGHTNINGD_DOUBLE_PATH } from '../../../test/support/lightningd-double/control.ts';
import { startDoubleNode, type DoubleNode } from '../../../test/support/lightningd-double/fixture.ts';

const MISSING_MESSAGE = 'lightningd not found: set LIGHTNINGD to a Core Lightning v26.06 lightningd, or put it on PATH';
/** Fast backoff for tests; healthy only after a long time, so every failure here counts as quick. */
const FAST_BACKOFF = { initialDelayMs: 50, maxDelayMs: 400, healthyAfterMs: 60_000, maxQuickFailures: 3 };

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Pids of live processes started in or on `dir` (cwd or an argument inside it), from Linux's /proc. */
function processesIn(dir: string): number[] {
  if (!existsSync('/proc/self/cmdline')) return [];
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      if (/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'))) continue; // a zombie: already dead
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cwd.startsWith(dir) || readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir)) found.push(pid);
    } catch {
      // gone meanwhile, or not ours to look at
    }
  }
  return found;
}

async function expectGreenhouseError(promise: Promise<unknown>, code: status, message: RegExp | string): Promise<GreenhouseError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GreenhouseError);
  expect((error as GreenhouseError).code).toBe(code);
  if (typeof message === 'string') expect((error as GreenhouseError).message).toBe(message);
  else expect((error as GreenhouseError).message).toMatch(message);
  return error as GreenhouseError;
}

describe('locateLightningd', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gh-locate-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('takes LIGHTNINGD when set, else the first executable lightningd on PATH', async () => {
    const bin = path.join(dir, 'bin');
    const onPath = path.join(bin, 'lightningd');
    await writeFile(path.join(dir, 'lightningd'), '#!/bin/sh\n'); // not executable: skipped
    await mkdir(bin);
    await writeFile(onPath, '#!/bin/sh\n', { mode: 0o755 });
    expect(locateLightningd({ PATH: [dir, bin].join(path.delimiter) })).toBe(onPath);
    expect(locateLightningd({ LIGHTNINGD: LIGHTNINGD_DOUBLE_PATH, PATH: bin })).toBe(LIGHTNINGD_DOUBLE_PATH);
  });

  it('missing: FAILED_PRECONDITION saying what to install or set', () => {
    const error = (() => {
      try {
        locateLightningd({ PATH: dir });
      } catch (e) {
        return e as GreenhouseError;
      }
    })();
    expect(error).toBeInstanceOf(GreenhouseError);
    expect(error!.code).toBe(status.FAILED_PRECONDITION);
    expect(error!.message).toBe(MISSING_MESSAGE);
  });

  it('a LIGHTNINGD that is not an executable file is an error, not a reason to look on PATH', async () => {
    const file = path.join(dir, 'lightningd');
    await writeFile(file, 'not a program');
    await chmod(file, 0o644);
    expect(() => locateLightningd({ LIGHTNINGD: file, PATH: path.dirname(LIGHTNINGD_DOUBLE_PATH) })).toThrow(
      `lightningd not found: LIGHTNINGD=${file} is not an executable file; set LIGHTNINGD to a Core Lightning v26.06 lightningd, or unset it to use the one on PATH`,
    );
  });
});

describe('lightningdArguments', () => {
  const config = {
    lightningd: '/opt/cln/bin/lightningd',
    lightningdVersion: 'v26.06.6',
    nodeDir: '/srv/gh/nodes/n1',
    network: 'regtest' as const,
    p2pPort: 19846,
    bitcoind: { host: '127.0.0.1', port: 18443, user: 'rpcuser', password: 'rpcpass', bitcoinCli: '/opt/bitcoin/bin/bitcoin-cli' },
    baseEnv: { PATH: '/opt/tools/bin:/bin', HOME: '/home/gh', LANG: 'C.UTF-8', LC_ALL: 'C', GREENHOUSE_DATABASE_URL: 'postgres://gh:secret@db/gh' },
  };

  it('gives lightningd one node’s options, with the hsmd proxy as its hsmd and the events plugin', () => {
    const launch = lightningdArguments(config);
    expect(launch.command).toBe('/opt/cln/bin/lightningd');
    expect(launch.args).toEqual([
      '--lightning-dir=/srv/gh/nodes/n1',
      '--conf=/srv/gh/nodes/n1/gateway.conf',
      '--network=regtest',
      '--bitcoin-rpcconnect=127.0.0.1',
      '--bitcoin-rpcport=18443',
      '--bitcoin-cli=/opt/bitcoin/bin/bitcoin-cli',
      `--subdaemon=hsmd:${HSMD_PROXY_PATH}`,
      '--addr=127.0.0.1:19846',
      '--disable-dns',
      '--log-file=/srv/gh/nodes/n1/log',
      '--log-level=debug',
      '--disable-plugin=cln-grpc',
      `--plugin=${EVENTS_PLUGIN_PATH}`,
    ]);
    expect(launch).toMatchObject({
      cwd: '/srv/gh/nodes/n1',
      rpcPath: '/srv/gh/nodes/n1/regtest/lightning-rpc',
      hsmSocketPath: '/srv/gh/nodes/n1/regtest/hsmd.sock',
      eventsSocketPath: '/srv/gh/nodes/n1/regtest/events.sock',
      logFile: '/srv/gh/nodes/n1/log',
      pidFile: '/srv/gh/nodes/n1/lightningd-regtest.pid',
    });
  });

  it('puts the bitcoind credentials in the node’s config file, never on the command line', () => {
    const launch = lightningdArguments(config);
    expect(launch.args.join(' ')).not.toMatch(/rpcpass|rpcuser/);
    expect(launch.configFile).toEqual({
      path: '/srv/gh/nodes/n1/gateway.conf',
      content: '# Written by the Greenhouse gateway before every start of this node; edits are lost.\nbitcoin-rpcuser=rpcuser\nbitcoin-rpcpassword=rpcpass\n',
    });
    expect(lightningdArguments({ ...config, bitcoind: { host: '127.0.0.1', port: 18443 } }).configFile.content).not.toContain('bitcoin-rpc');
    // A line break would smuggle another option into the file.
    expect(() => lightningdArguments({ ...config, bitcoind: { ...config.bitcoind, password: 'x\nplugin=/tmp/evil' } })).toThrow(
      'the bitcoind RPC password must not contain a line break',
    );
  });

  it('the config file includes what setconfig wrote, once there is such a file; LightningdProcess.start writes it private', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gh-conf-'));
    try {
      await writeFile(path.join(dir, 'gateway.conf.setconfig'), 'min-capacity-sat=20000\n');
      const launch = lightningdArguments({ ...config, nodeDir: dir, lightningd: '/nonexistent/lightningd' });
      expect(launch.configFile.content.trim().split('\n').at(-1)).toBe('include gateway.conf.setconfig');
      const lightningd = LightningdProcess.start(launch);
      await lightningd.exited; // no such binary: it never runs, but the file is written before the spawn
      expect(readFileSync(path.join(dir, 'gateway.conf'), 'utf8')).toBe(launch.configFile.content);
      expect((await stat(path.join(dir, 'gateway.conf'))).mode & 0o777).toBe(0o600);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('hands lightningd only a safe environment, plus what the proxy and the events plugin need and node first on PATH', () => {
    const { env } = lightningdArguments({ ...config, env: { EXTRA: '1' } });
    expect(env).toEqual({
      PATH: [path.dirname(process.execPath), '/opt/tools/bin', '/bin'].join(path.delimiter),
      HOME: '/home/gh',
      LANG: 'C.UTF-8',
      LC_ALL: 'C',
      [LIGHTNINGD_VERSION_ENV]: 'v26.06.6',
      [HSM_SOCKET_ENV]: '/srv/gh/nodes/n1/regtest/hsmd.sock',
      [PROTO_DIR_ENV]: PROTO_DIR,
      [FDPASS_ADDON_ENV]: FDPASS_ADDON_PATH,
      [EVENTS_SOCKET_ENV]: '/srv/gh/nodes/n1/regtest/events.sock',
      [HANDOFF_SOCKET_ENV]: '/srv/gh/nodes/n1/regtest/handoff.sock',
      EXTRA: '1',
    });
  });

  it('--developer only when asked; a socketDir moves both sockets and sets --rpc-file', () => {
    expect(lightningdArguments(config).args).not.toContain('--developer');
    const launch = lightningdArguments({ ...config, developer: true, socketDir: '/run/gh/n1' });
    expect(launch.args).toContain('--developer');
    expect(launch.args).toContain('--rpc-file=/run/gh/n1/lightning-rpc');
    expect(launch).toMatchObject({ rpcPath: '/run/gh/n1/lightning-rpc', hsmSocketPath: '/run/gh/n1/hsmd.sock', eventsSocketPath: '/run/gh/n1/events.sock', handoffSocketPath: '/run/gh/n1/handoff.sock' });
  });

  it('prepareNodeDirectories makes the node’s directories private before the Hsm service binds there', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gh-dirs-'));
    try {
      const nodeDir = path.join(dir, 'nodes', 'n1');
      const paths = await prepareNodeDirectories({ nodeDir, network: 'regtest' });
      expect(paths).toEqual({
        rpcPath: path.join(nodeDir, 'regtest', 'lightning-rpc'),
        hsmSocketPath: path.join(nodeDir, 'regtest', 'hsmd.sock'),
        eventsSocketPath: path.join(nodeDir, 'regtest', 'events.sock'),
        handoffSocketPath: path.join(nodeDir, 'regtest', 'handoff.sock'),
      });
      expect((await stat(nodeDir)).mode & 0o777).toBe(0o700);
      expect((await stat(path.join(nodeDir, 'regtest'))).mode & 0o777).toBe(0o700);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses what lightningd could not use: a socket path too long to connect to, a relative dir, a bad port', () => {
    const longDir = `/srv/${'x'.repeat(90)}`;
    expect(() => lightningdArguments({ ...config, nodeDir: longDir })).toThrow(/lightning-rpc socket path is 117 bytes, longer than a unix socket path may be \(107\).*give the node a shorter socketDir/);
    expect(() => lightningdArguments({ ...config, nodeDir: 'nodes/n1' })).toThrow('node directory must be an absolute path, got nodes/n1');
    expect(() => lightningdArguments({ ...config, p2pPort: 0 })).toThrow('p2p port must be an integer in 1..65535, got 0');
  });
});

describe('LightningdProcess with the lightningd double', () => {
  let node: DoubleNode;

  beforeEach(async () => {
    node = await startDoubleNode();
  });
  afterEach(async () => {
    await node.cleanup();
  });

  it('escalates to SIGKILL when lightningd ignores stop and SIGTERM', async () => {
    const launch = lightningdArguments({ ...node.config, lightningd: LIGHTNINGD_DOUBLE_PATH, lightningdVersion: DEFAULT_DOUBLE_VERSION, env: { [DOUBLE_ENV.stubborn]: '1' } });
    const lightningd = LightningdProcess.start(launch);
    await lightningd.ready({ timeoutMs: 30_000 });
    const exit = await lightningd.stop({ rpcGraceMs: 300, termGraceMs: 300 });
    expect(exit).toMatchObject({ code: null, signal: 'SIGKILL', requested: true });
    expect(lightningd.lastLogLine()).toContain('ignoring SIGTERM as asked');
  });
});

describe('NodeSupervisor with the lightningd double', () => {
  let node: DoubleNode;
  let supervisor: NodeSupervisor | undefined;
  let states: NodeState[];

  function supervise(options: Partial<NodeSupervisorOptions> = {}, env: Record<string, string> = {}): NodeSupervisor {
    supervisor = new NodeSupervisor({
      nodeId: node.nodeId,
      config: { ...node.config, env: { ...node.config.env, ...env } },
      backoff: FAST_BACKOFF,
      readyTimeoutMs: 30_000,
      stop: { rpcGraceMs: 5000, termGraceMs: 2000 },
      ...options,
    });
    states = [supervisor.state];
    supervisor.on('state', (state) => states.push(state));
    return supervisor;
  }

  beforeEach(async () => {
    node = await startDoubleNode();
  });

  afterEach(async () => {
    await supervisor?.stop();
    supervisor = undefined;
    // Nothing of a node outlives its supervisor's stop: no lightningd, no hsmd proxy, no `--version` probe.
    await until(() => processesIn(node.dir).length === 0, 3000).catch(() => {
      throw new Error(`processes left in ${node.dir}: ${processesIn(node.dir).join(', ')}`);
    });
    await node.cleanup();
  });

  it('starts lightningd and resolves once it answers getinfo with the signer’s node id', async () => {
    const sup = supervise();
    const ready = once(sup, 'ready');
    await sup.ensureRunning();
    expect(sup.state).toBe('running');
    expect(sup.lightningd?.info).toMatchObject({ id: node.nodeId, network: 'regtest', blockheight: 101 });
    expect((await ready)[0]).toMatchObject({ id: node.nodeId });
    expect(states).toEqual(['stopped', 'starting', 'running']);
    // The gateway's calls go through the running process's client.
    expect(await sup.lightningd!.rpc.call<{ id: string }>('getinfo')).toMatchObject({ id: node.nodeId });
    await sup.ensureRunning(); // already running: nothing new
    expect(node.service.requests.filter((r) => r.type === 11)).toHaveLength(1);
  });

  it('concurrent ensureRunning calls share one start', async () => {
    const sup = supervise();
    await Promise.all([sup.ensureRunning(), sup.ensureRunning(), sup.ensureRunning()]);
    expect(node.service.requests.filter((r) => r.type === 11)).toHaveLength(1); // one hsmd_init: one lightningd
    expect(states).toEqual(['stopped', 'starting', 'running']);
  });

  it('restarts after a crash with exponential backoff, each time as the same node', async () => {
    const sup = supervise();
    const exits: (LightningdExit & { expected: boolean; description: string })[] = [];
    const delays: number[] = [];
    sup.on('exit', (exit) => exits.push(exit));
    sup.on('backoff', ({ delayMs }) => delays.push(delayMs));
    await sup.ensureRunning();

    for (const expectedDelay of [50, 100]) {
      const firstPid = sup.lightningd!.pid;
      void sup.lightningd!.rpc.call('dev-crash').catch(() => undefined); // no answer: it dies
      await until(() => sup.state === 'backoff' || (sup.state === 'running' && sup.lightningd?.pid !== firstPid));
      await sup.ensureRunning(); // waits for the scheduled restart
      expect(sup.lightningd!.pid).not.toBe(firstPid);
      expect(sup.lightningd!.info?.id).toBe(node.nodeId);
      expect(delays.at(-1)).toBe(expectedDelay);
    }
    expect(exits.map((e) => [e.code, e.expected])).toEqual([
      [1, false],
      [1, false],
    ]);
    expect(exits[0]!.description).toMatch(/^exited with code 1; its log ends: .*lightningd-double: dev-crash called$/);
    expect(states).toEqual(['stopped', 'starting', 'running', 'backoff', 'starting', 'running', 'backoff', 'starting', 'running']);
  });

  it('gives up after maxQuickFailures failed starts, then starts again after reset()', async () => {
    const sup = supervise();
    await writeFile(failAtStartupFlag(node.nodeDir), '');
    const failed = once(sup, 'failed');
    // The first start's caller hears that start's failure; restarts follow on their own.
    await expectGreenhouseError(sup.ensureRunning(), status.UNAVAILABLE, /^lightningd exited with code 1 before it was ready; its log ends: .*failing at startup as asked$/);
    const [error] = (await failed) as [GreenhouseError];
    expect(sup.state).toBe('failed');
    expect(states).toEqual(['stopped', 'starting', 'backoff', 'starting', 'backoff', 'starting', 'failed']);
    expect(error.code).toBe(status.FAILED_PRECONDITION);
    expect(error.message).toMatch(/^lightningd for node 02[0-9a-f]{64} failed 3 times in a row and is not restarted any more; last: lightningd exited with code 1 before it was ready; its log ends: .*failing at startup as asked\. Fix the cause/);
    // Given up: a call is told at once, without another start.
    const initsBefore = node.service.requests.length;
    await expectGreenhouseError(sup.ensureRunning(), status.FAILED_PRECONDITION, error.message);
    expect(node.service.requests.length).toBe(initsBefore);

    await unlink(failAtStartupFlag(node.nodeDir));
    sup.reset();
    expect(sup.state).toBe('stopped');
    await sup.ensureRunning();
    expect(sup.state).toBe('running');
  });

  it('in failed, tries afresh on demand once failedRetryAfterMs has passed', async () => {
    const sup = supervise({ backoff: { ...FAST_BACKOFF, maxQuickFailures: 1, failedRetryAfterMs: 200 } });
    await writeFile(failAtStartupFlag(node.nodeDir), '');
    await expect(sup.ensureRunning()).rejects.toThrow(/failing at startup/);
    expect(sup.state).toBe('failed');
    await unlink(failAtStartupFlag(node.nodeDir));
    await new Promise((resolve) => setTimeout(resolve, 250));
    await sup.ensureRunning();
    expect(sup.state).toBe('running');
  });

  it('a start that is not ready in time is stopped and counts as a failure', async () => {
    // Long enough for the double to reach its hang (node and tsx start twice: the double and the proxy).
    const sup = supervise({ readyTimeoutMs: 8000, backoff: { ...FAST_BACKOFF, maxQuickFailures: 1 } }, { [DOUBLE_ENV.hangAtStartup]: '1' });
    const exits: LightningdExit[] = [];
    sup.on('exit', (exit) => exits.push(exit));
    await expectGreenhouseError(sup.ensureRunning(), status.UNAVAILABLE, /^lightningd was not ready within 8000 ms; its log ends: /);
    expect(sup.state).toBe('failed');
    expect(exits).toMatchObject([{ signal: 'SIGTERM', requested: true }]); // it never answered, so no stop RPC: SIGTERM
  });

  it('stops when idle (no calls, isIdle true), and starts again on the next ensureRunning', async () => {
    let signerAttached = true;
    const sup = supervise({ idle: { afterMs: 300, isIdle: () => !signerAttached } });
    await sup.ensureRunning();
    // A signer is attached: quiet, but not idle.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(sup.state).toBe('running');
    const exited = once(sup, 'exit');
    const idle = once(sup, 'idle');
    signerAttached = false;
    await idle;
    expect(sup.state).toBe('stopped');
    expect((await exited)[0]).toMatchObject({ code: 0, expected: true });

    await sup.ensureRunning();
    expect(sup.state).toBe('running');
    expect(sup.lightningd!.info?.id).toBe(node.nodeId);
    expect(states).toEqual(['stopped', 'starting', 'running', 'stopping', 'stopped', 'starting', 'running']);
  });

  it('markActivity postpones the idle stop', async () => {
    const sup = supervise({ idle: { afterMs: 400 } });
    await sup.ensureRunning();
    for (let i = 0; i < 6; i++) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      sup.markActivity();
    }
    expect(sup.state).toBe('running'); // 900 ms in, never 400 ms quiet
    await once(sup, 'idle');
    expect(sup.state).toBe('stopped');
  });

  it('stop(): the stop RPC, a clean exit, no restart afterwards', async () => {
    const sup = supervise();
    await sup.ensureRunning();
    const launch = sup.lightningd!.launch;
    const exited = once(sup, 'exit');
    await sup.stop();
    expect(sup.state).toBe('stopped');
    expect((await exited)[0]).toMatchObject({ code: 0, signal: null, expected: true });
    expect(existsSync(launch.pidFile)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sup.state).toBe('stopped');
    expect(states).toEqual(['stopped', 'starting', 'running', 'stopping', 'stopped']);
  });

  it('stop() during a start: the start is abandoned, its caller told, nothing left running', async () => {
    const sup = supervise();
    const starting = sup.ensureRunning();
    await until(() => existsSync(path.join(node.nodeDir, 'lightningd-regtest.pid')));
    await sup.stop();
    await expectGreenhouseError(starting, status.UNAVAILABLE, `lightningd for node ${node.nodeId} was stopped before it was ready`);
    expect(sup.state).toBe('stopped');
    expect(states).toEqual(['stopped', 'starting', 'stopping', 'stopped']);
  });

  it('stops a lightningd an earlier gateway left running on the node directory, then starts its own', async () => {
    const launch = lightningdArguments({ ...node.config, lightningd: LIGHTNINGD_DOUBLE_PATH, lightningdVersion: DEFAULT_DOUBLE_VERSION });
    const leftover = LightningdProcess.start(launch);
    await leftover.ready({ timeoutMs: 30_000 });
    const sup = supervise();
    await sup.ensureRunning();
    expect(leftover.exit).toMatchObject({ code: 0 }); // stopped through its RPC
    expect(sup.lightningd!.pid).not.toBe(leftover.pid);
    expect(sup.lightningd!.info?.id).toBe(node.nodeId);
  });

  it('missing lightningd: FAILED_PRECONDITION with what to do, and no retries', async () => {
    const sup = supervise({ config: { ...node.config, lightningd: undefined }, env: { PATH: node.dir } });
    await expectGreenhouseError(sup.ensureRunning(), status.FAILED_PRECONDITION, MISSING_MESSAGE);
    expect(sup.state).toBe('stopped');
    expect(states).toEqual(['stopped', 'starting', 'stopped']);
  });

  it('a lightningd that runs another node fails with FAILED_PRECONDITION and is stopped', async () => {
    const sup = supervise({ nodeId: '02' + '00'.repeat(32) });
    await expectGreenhouseError(sup.ensureRunning(), status.FAILED_PRECONDITION, new RegExp(`runs node ${node.nodeId}, not 02(00){32}`));
    expect(sup.state).toBe('stopped');
    expect(existsSync(path.join(node.nodeDir, 'lightningd-regtest.pid'))).toBe(false);
  });
});
