// bench/schedule: how long a user waits from `Schedule` to the first answered `cln.Node/Getinfo`,
// with real CLN, next to how long a bare lightningd takes from spawn to its first answered `getinfo`
// on its own rpc socket, with the same options — measured in the same run, rounds alternating.
//
// Stack: a regtest bitcoind, the scheduler and the node gateway as their own processes (as
// deployed), the gateway running real lightningd with the hsmd proxy. No signer is attached:
// lightningd boots without one, because the gateway answers hsmd_init and the startup requests
// from the registration data. The client (this process) has its scheduler channel open already;
// the gateway channel is new (a client must open it for the grpc_uri it was given).
//
// Two kinds of round, each with its bare twin:
//   fresh    a node registered just before the round (not timed), never run: its first start
//            creates its database. Bare twin: a new, empty lightning-dir.
//   restart  one node, stopped since its previous round: the next Schedule starts it again on its
//            existing data. Bare twin: one lightning-dir, stopped after each round.
// Nodes stop through the gateway's own idle stop (`--idle-stop 1`: no calls, no signer for 1 s),
// which reports node_stopped to the scheduler; each round waits for that (and for lightningd's exit)
// before the next, so a stopping node never overlaps a measurement. That also keeps one lightningd
// at a time, as for the bare ones. (Neither the scheduler nor the gateway has a stop RPC.)
//
// The bare lightningd gets the gateway's own command line (lightningdArguments, same config file,
// log level, disabled plugins, rpc file), minus the two things that make it a Greenhouse node: the
// hsmd proxy (`--subdaemon=hsmd:`) and the gateway's plugins (`--plugin=` under services/node-gateway).
// Its own lightning_hsmd then runs with a fresh hsm_secret.
//
// Without LIGHTNINGD/BITCOIND (or lightningd/bitcoind on PATH) it prints one line and exits 0.
// `--rounds=N` (default 8 of each kind), `--quick` (3), `--keep` (keep the data dir and its logs).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, credentials, makeGenericClientConstructor, Metadata, type ServiceDefinition, type ServiceError } from '@grpc/grpc-js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { SchedulerClient, grpcTarget, type DeviceCredentials } from '@greenhouse/client';
import { loadProtos } from '@greenhouse/common';
import { readLightningdVersion } from '../../services/node-gateway/src/hsmd-proxy/index.ts';
import { lightningdArguments, nodeSocketPaths, MAX_SOCKET_PATH_BYTES, type LightningdLaunch } from '../../services/node-gateway/src/supervisor/index.ts';
import { HsmSecret, Signer } from '../../services/signer/src/index.ts';
import { freePort } from '../../test/support/free-port.ts';
import { bitcoindPath, lightningdPath } from '../../test/support/real-binaries.ts';
import { deviceSigning } from '../../test/support/device-signing.ts';
import { RegtestBitcoind } from '../../test/support/regtest-bitcoind.ts';
import { median } from '../support/async-interleave.ts';
import { deviceRune, REPO_ROOT, registerSigner, startGatewayProcess, startSchedulerProcess, until, type SchedulerProcess } from '../support/stack.ts';

const QUICK = process.argv.includes('--quick');
/** Keep the data directory (node logs) for a look afterwards. */
const KEEP = process.argv.includes('--keep');
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? (QUICK ? 3 : 8));
const TARGET = 1.3;
const GETINFO_POLL_MS = 2;
const GATEWAY_CODE = path.join(REPO_ROOT, 'services/node-gateway');

const lightningd = lightningdPath();
const bitcoind = bitcoindPath();
if (!lightningd || !bitcoind) {
  const missing = [...(lightningd ? [] : ['lightningd']), ...(bitcoind ? [] : ['bitcoind'])];
  console.log(`bench/schedule skipped: ${missing.join(' and ')} not found (set ${missing.map((m) => m.toUpperCase()).join('/')} or put it on PATH)`);
  process.exit(0);
}

interface GatewayRound {
  kind: 'fresh' | 'restart';
  total: number;
  schedule: number;
  nodeDir: string;
  t0: number; // wall clock, ms
}
interface BareRound {
  kind: 'fresh' | 'restart';
  total: number;
  logFile: string;
  t0: number;
}

/** One getinfo on a lightning-rpc socket; undefined unless it answers with a result. */
function getinfoOnce(socketPath: string): Promise<{ id: string } | undefined> {
  return new Promise((resolve) => {
    const socket = net.createConnection(socketPath);
    let text = '';
    const done = (value: { id: string } | undefined) => {
      socket.destroy();
      resolve(value);
    };
    socket.on('connect', () => socket.write(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'getinfo', params: {} })));
    socket.on('data', (chunk) => {
      text += chunk.toString();
      if (!text.includes('\n\n')) return;
      const answer = JSON.parse(text) as { result?: { id: string } };
      done(answer.result);
    });
    socket.on('error', () => done(undefined));
    socket.on('close', () => done(undefined));
  });
}

function rpcCall(socketPath: string, method: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.createConnection(socketPath);
    socket.on('connect', () => socket.write(JSON.stringify({ jsonrpc: '2.0', id: 1, method, params: {} })));
    socket.on('data', () => undefined);
    socket.on('error', () => resolve());
    socket.on('close', () => resolve());
  });
}

/** The gateway's command line for a node in `nodeDir`, minus the hsmd proxy and the gateway's plugins. */
async function bareLaunch(nodeDir: string, version: string, bitcoinOptions: string[]): Promise<{ launch: LightningdLaunch; args: string[]; dropped: string[] }> {
  const opt = (name: string) => bitcoinOptions.find((o) => o.startsWith(`--${name}=`))!.slice(name.length + 3);
  const { rpcPath } = nodeSocketPaths({ nodeDir, network: 'regtest' });
  const launch = lightningdArguments({
    lightningd: lightningd!,
    lightningdVersion: version,
    nodeDir,
    network: 'regtest',
    p2pPort: await freePort(),
    bitcoind: { host: '127.0.0.1', port: Number(opt('bitcoin-rpcport')), user: opt('bitcoin-rpcuser'), password: opt('bitcoin-rpcpassword'), bitcoinCli: opt('bitcoin-cli') },
    ...(Buffer.byteLength(rpcPath) > MAX_SOCKET_PATH_BYTES && { socketDir: path.join(tmpdir(), `ghb-${path.basename(nodeDir)}`) }),
  });
  const gatewayOwn = (arg: string) => arg.startsWith('--subdaemon=hsmd:') || (arg.startsWith('--plugin=') && arg.includes(GATEWAY_CODE));
  return { launch, args: launch.args.filter((a) => !gatewayOwn(a)), dropped: launch.args.filter(gatewayOwn) };
}

async function bareRound(kind: 'fresh' | 'restart', nodeDir: string, version: string, bitcoinOptions: string[]): Promise<BareRound> {
  await mkdir(path.join(nodeDir, 'regtest'), { recursive: true, mode: 0o700 });
  const { launch, args } = await bareLaunch(nodeDir, version, bitcoinOptions);
  await mkdir(path.dirname(launch.rpcPath), { recursive: true, mode: 0o700 });
  await writeFile(launch.configFile.path, launch.configFile.content, { mode: 0o600 });
  const startedAt = Date.now();
  const t = performance.now();
  const child = spawn(launch.command, args, { cwd: launch.cwd, env: launch.env, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let total: number | undefined;
  let early = false;
  void exited.then(() => (early = total === undefined));
  for (;;) {
    if (early) throw new Error(`bare lightningd exited before getinfo; its log: ${readFileSync(launch.logFile, 'utf8').slice(-2000)}`);
    const info = await getinfoOnce(launch.rpcPath);
    if (info?.id) {
      total = performance.now() - t;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, GETINFO_POLL_MS));
  }
  await rpcCall(launch.rpcPath, 'stop');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
  return { kind, total, logFile: launch.logFile, t0: startedAt };
}

type NodeCall = (request: object, metadata: Metadata, options: object, callback: (error: ServiceError | null, response: { id: Buffer }) => void) => void;

/** Calls signed with the device key and carrying its rune, as the gateway requires. */
function nodeClient(uri: string, caPem: string, device: DeviceCredentials, rune: string): Client & Record<string, NodeCall> {
  const definition = loadProtos().definition['cln.Node'] as unknown as ServiceDefinition;
  const Constructor = makeGenericClientConstructor(definition, 'cln.Node');
  return new Constructor(grpcTarget(uri), credentials.createSsl(Buffer.from(caPem), Buffer.from(device.keyPem), Buffer.from(device.certPem)), {
    interceptors: [deviceSigning(device.keyPem, rune)],
  }) as never;
}

interface BenchNode {
  signer: Signer;
  device: DeviceCredentials;
  scheduler: SchedulerClient;
}

async function newNode(scheduler: SchedulerProcess): Promise<BenchNode> {
  const signer = new Signer({ secret: HsmSecret.fromBytes(secp256k1.utils.randomSecretKey()), network: 'regtest' });
  const device = await registerSigner(scheduler, signer);
  const client = new SchedulerClient(scheduler.uri, { caPem: scheduler.certs.caPem, ...device }, 120_000);
  await client.getNodeInfo(signer.nodeId); // the app's scheduler channel is up before it asks for the node
  return { signer, device, scheduler: client };
}

async function gatewayRound(kind: 'fresh' | 'restart', node: BenchNode, scheduler: SchedulerProcess, dataDir: string): Promise<GatewayRound> {
  const startedAt = Date.now();
  const t = performance.now();
  const placed = await node.scheduler.schedule(node.signer.nodeId);
  const schedule = performance.now() - t;
  const client = nodeClient(placed.grpc_uri, scheduler.certs.caPem, node.device, deviceRune(node.signer, node.device));
  const info = await new Promise<{ id: Buffer }>((resolve, reject) =>
    client.Getinfo!.call(client, {}, new Metadata(), { deadline: Date.now() + 60_000 }, (error, response) => (error ? reject(error) : resolve(response))),
  );
  const total = performance.now() - t;
  Client.prototype.close.call(client); // cln.Node has a Close RPC, which shadows close()
  if (!Buffer.from(info.id).equals(node.signer.nodeId)) throw new Error('Getinfo answered with another node id');
  const nodeDir = path.join(dataDir, 'nodes', node.signer.nodeId.toString('hex'));
  // Until the gateway's idle stop has stopped it (and told the scheduler), nothing else is measured.
  const pidFile = path.join(nodeDir, 'lightningd-regtest.pid');
  await until(() => existsSync(pidFile), 'the pid file', 10_000).catch(() => undefined);
  for (;;) {
    const where = await node.scheduler.getNodeInfo(node.signer.nodeId);
    if (!where.grpc_uri && !existsSync(pidFile)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { kind, total, schedule, nodeDir, t0: startedAt };
}

interface LogMarks {
  /** lightningd's first log line. */
  firstLine?: number;
  /** Every plugin answered getmanifest (the gateway adds its events plugin to CLN's own). */
  manifests?: number;
  /** How long lightningd's `hsmd --version` check took (it waits for it; a Node program for the proxy). */
  hsmdVersionCheck?: number;
  /** hsmd started → its hsmd_init reply (the proxy: Node start, gRPC to the gateway's Hsm service). */
  hsmdInit?: number;
  serverStarted?: number;
}

/** When things happened in one start, from lightningd's own log (ms after `t0`, wall clock; durations in ms). */
function logMarks(logFile: string, t0: number): LogMarks {
  const at = (line: string | undefined) => {
    const stamp = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z)/.exec(line ?? '')?.[1];
    return stamp ? Date.parse(stamp) - t0 : undefined;
  };
  // The log file collects every start of a node: this round's lines only.
  const mine = readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => (at(line) ?? -Infinity) >= -5);
  const find = (pattern: RegExp) => mine.findIndex((line) => pattern.test(line));
  const time = (index: number) => (index >= 0 ? at(mine[index]) : undefined);
  const diff = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? b - a : undefined);
  const testingHsmd = find(/lightningd: testing .*(hsmd|hsmd-proxy\.mjs)$/);
  const hsmdPid = find(/hsmd: pid \d+/);
  return {
    firstLine: time(0),
    manifests: time(find(/io_break: check_plugins_manifests/)),
    hsmdVersionCheck: testingHsmd >= 0 ? diff(time(testingHsmd), time(testingHsmd + 1)) : undefined,
    hsmdInit: diff(time(hsmdPid), time(find(/hsmd: capability/))),
    serverStarted: time(find(/Server started with public key/)),
  };
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'gh-bench-sched-'));
  const cleanup: Array<() => Promise<unknown>> = [];
  try {
    const version = await readLightningdVersion(lightningd!);
    const bitcoin = await RegtestBitcoind.start(bitcoind!, path.join(dir, 'bitcoind'));
    cleanup.push(() => bitcoin.stop());
    const bitcoinOptions = bitcoin.lightningdOptions();
    const opt = (name: string) => bitcoinOptions.find((o) => o.startsWith(`--${name}=`))!.slice(name.length + 3);
    const scheduler = await startSchedulerProcess(dir);
    cleanup.push(() => scheduler.service.stop());
    const gateway = await startGatewayProcess({
      dir,
      schedulerUri: scheduler.uri,
      env: { ...process.env, LIGHTNINGD: lightningd, GREENHOUSE_LOG_LEVEL: 'info', GREENHOUSE_BITCOIND_PASSWORD: opt('bitcoin-rpcpassword') },
      args: ['--bitcoind-host', '127.0.0.1', '--bitcoind-port', opt('bitcoin-rpcport'), '--bitcoind-user', opt('bitcoin-rpcuser'), '--bitcoin-cli', opt('bitcoin-cli'), '--idle-stop', '1'],
    });
    cleanup.push(() => gateway.service.stop());

    // Warm-up, not counted: one start of each kind (page cache, the gateway's first node code paths).
    const restartNode = await newNode(scheduler);
    await gatewayRound('restart', restartNode, scheduler, dir);
    await bareRound('restart', path.join(dir, 'bare-restart'), version, bitcoinOptions);
    await bareRound('fresh', path.join(dir, 'bare-warmup'), version, bitcoinOptions);

    const gatewayRounds: GatewayRound[] = [];
    const bareRounds: BareRound[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const fresh = await newNode(scheduler); // registration is not part of the measurement
      const steps = [
        async () => gatewayRounds.push(await gatewayRound('fresh', fresh, scheduler, dir)),
        async () => bareRounds.push(await bareRound('fresh', path.join(dir, `bare-fresh-${round}`), version, bitcoinOptions)),
        async () => gatewayRounds.push(await gatewayRound('restart', restartNode, scheduler, dir)),
        async () => bareRounds.push(await bareRound('restart', path.join(dir, 'bare-restart'), version, bitcoinOptions)),
      ];
      for (let i = 0; i < steps.length; i++) await steps[(i + round) % steps.length]!();
      fresh.scheduler.close();
      process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
    }
    restartNode.scheduler.close();

    const { args: bareArgs, dropped } = await bareLaunch(path.join(dir, 'bare-example'), version, bitcoinOptions);
    const lines: string[] = [
      '',
      'bench/schedule — Schedule → first answered cln.Node/Getinfo through the stack, vs bare lightningd spawn → first getinfo, same run',
      `machine: ${os.cpus().length} cores, node ${process.version}, load ${os.loadavg()[0]!.toFixed(2)} at end; lightningd ${version} (${lightningd}), bitcoind ${bitcoind} (regtest, 101 blocks)`,
      `stack: scheduler + gateway processes, real lightningd with the hsmd proxy, NO signer attached; ${ROUNDS} rounds of each kind, alternating (order rotates per round)`,
      `bare: the gateway's lightningd options without ${dropped.map((a) => a.split('=')[0]).join(' and ')}, polled every ${GETINFO_POLL_MS} ms:`,
      `  lightningd ${bareArgs.map((a) => a.replace(dir, '$DIR')).join(' ')}`,
      'stop between rounds: the gateway idle-stops each node after 1 s (reported to the scheduler); a fresh node per "fresh" round, one node restarted per "restart" round',
      '',
    ];
    const fmt = (values: number[]) => values.map((v) => v.toFixed(0)).join(' ');
    for (const kind of ['fresh', 'restart'] as const) {
      const g = gatewayRounds.filter((r) => r.kind === kind);
      const b = bareRounds.filter((r) => r.kind === kind);
      const gm = median(g.map((r) => r.total));
      const bm = median(b.map((r) => r.total));
      const ratio = gm / bm;
      lines.push(`${kind}: Schedule → Getinfo   median ${gm.toFixed(0).padStart(5)} ms   (rounds: ${fmt(g.map((r) => r.total))})`);
      lines.push(`${kind}:   of which Schedule  median ${median(g.map((r) => r.schedule)).toFixed(0).padStart(5)} ms   (rounds: ${fmt(g.map((r) => r.schedule))})`);
      lines.push(`${kind}: bare spawn → getinfo median ${bm.toFixed(0).padStart(5)} ms   (rounds: ${fmt(b.map((r) => r.total))})`);
      lines.push(`${kind}: ratio ${ratio.toFixed(2)}× (target ≤ ${TARGET}×: ${ratio <= TARGET ? 'met' : `NOT met, by ${((ratio / TARGET - 1) * 100).toFixed(0)}%, ${(gm - TARGET * bm).toFixed(0)} ms over`})`);
      // Where the time goes, from lightningd's own log (debug level: both runs have it).
      const gMarks = g.map((r) => logMarks(path.join(r.nodeDir, 'log'), r.t0));
      const bMarks = b.map((r) => logMarks(r.logFile, r.t0));
      const med = (marks: LogMarks[], pick: (m: LogMarks) => number | undefined) => {
        const known = marks.map(pick).filter((v): v is number => v !== undefined);
        return known.length ? median(known).toFixed(0).padStart(5) : '    ?';
      };
      lines.push(`${kind}: where the time goes (medians, ms; "at" = after the round began)           stack   bare`);
      const mark = (label: string, pick: (m: LogMarks) => number | undefined) => lines.push(`${kind}:   ${label.padEnd(68)} ${med(gMarks, pick)}  ${med(bMarks, pick)}`);
      mark("at lightningd's first log line (stack: Schedule → gateway → spawn)", (m) => m.firstLine);
      mark('at all plugins answered getmanifest', (m) => m.manifests);
      mark('  lightningd waits for `hsmd --version` (its subdaemon check)', (m) => m.hsmdVersionCheck);
      mark('  hsmd started → hsmd_init answered', (m) => m.hsmdInit);
      mark('at "Server started"', (m) => m.serverStarted);
      lines.push(`${kind}:   ${'at Schedule answered (stack) / —'.padEnd(68)} ${median(g.map((r) => r.schedule)).toFixed(0).padStart(5)}      -`);
      lines.push(`${kind}:   ${'at Getinfo answered (stack) / getinfo answered (bare)'.padEnd(68)} ${gm.toFixed(0).padStart(5)}  ${bm.toFixed(0).padStart(5)}`);
      lines.push('');
    }
    process.stdout.write(lines.join('\n'));
  } finally {
    for (const step of cleanup.reverse()) await step().catch((error: unknown) => process.stderr.write(`cleanup: ${(error as Error).message}\n`));
    if (KEEP) process.stderr.write(`kept ${dir}\n`);
    else await rm(dir, { recursive: true, force: true });
  }
}

await main();
