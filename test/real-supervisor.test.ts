// The gateway's NodeSupervisor running a real lightningd on regtest: the hsmd proxy as its hsmd,
// every key operation answered by the real Signer through the Hsm service double. Ready means
// getinfo answers with the signer's node id; a stop and a new start keep the node (same id, same
// database). Runs when LIGHTNINGD and BITCOIND (or lightningd and bitcoind on PATH) exist; skips
// with one line otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HSMD_TYPE } from '@greenhouse/common/hsmd';
import { readLightningdVersion } from '../services/node-gateway/src/hsmd-proxy/index.ts';
import {
  lightningdArguments,
  LightningdProcess,
  NodeSupervisor,
  prepareNodeDirectories,
  type LightningdExit,
  type NodeSupervisorOptions,
} from '../services/node-gateway/src/supervisor/index.ts';
import { bitcoindPath, lightningdPath, skipReason } from './support/real-binaries.ts';
import { freePort } from './support/free-port.ts';
import { RegtestBitcoind } from './support/regtest-bitcoind.ts';
import { permissiveSigner, TestHsmServiceDouble } from './support/test-hsm-service-double.ts';

const lightningd = lightningdPath();
const bitcoind = bitcoindPath();
const skip = skipReason('the real-lightningd supervisor test', [...(lightningd ? [] : ['lightningd']), ...(bitcoind ? [] : ['bitcoind'])]);

const SECRET = Buffer.from('greenhouse-real-node-supervisor!'); // 32 bytes

/** The value of `--name=` among RegtestBitcoind's lightningd options. */
function option(options: string[], name: string): string {
  const prefix = `--${name}=`;
  const found = options.find((o) => o.startsWith(prefix));
  if (!found) throw new Error(`no ${prefix} in ${options.join(' ')}`);
  return found.slice(prefix.length);
}

describe.skipIf(skip)('NodeSupervisor with a real lightningd', () => {
  const signer = permissiveSigner(SECRET);
  const nodeId = signer.nodeId.toString('hex');
  const exits: LightningdExit[] = [];
  let dir: string;
  let nodeDir: string;
  let bitcoin: RegtestBitcoind | undefined;
  let service: TestHsmServiceDouble | undefined;
  let supervisor: NodeSupervisor | undefined;
  let config: NodeSupervisorOptions['config'];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gh-real-sup-')); // short: unix socket paths stay under 108 bytes
    nodeDir = path.join(dir, 'node');
    bitcoin = await RegtestBitcoind.start(bitcoind!, path.join(dir, 'bitcoind'));
    // The gateway's Hsm service for this node listens where the supervisor tells the proxy to look.
    const { hsmSocketPath } = await prepareNodeDirectories({ nodeDir, network: 'regtest' });
    service = await TestHsmServiceDouble.start(hsmSocketPath, signer);
    const bitcoinOptions = bitcoin.lightningdOptions();
    config = {
      lightningd: lightningd!,
      nodeDir,
      network: 'regtest',
      p2pPort: await freePort(),
      bitcoind: {
        host: option(bitcoinOptions, 'bitcoin-rpcconnect'),
        port: Number(option(bitcoinOptions, 'bitcoin-rpcport')),
        user: option(bitcoinOptions, 'bitcoin-rpcuser'),
        password: option(bitcoinOptions, 'bitcoin-rpcpassword'),
        bitcoinCli: option(bitcoinOptions, 'bitcoin-cli'),
      },
      // Loopback only: no outgoing connections to seeker peers.
      extraArguments: ['--autoconnect-seeker-peers=0'],
    };
    supervisor = new NodeSupervisor({ nodeId, config, readyTimeoutMs: 90_000 });
    supervisor.on('exit', (exit) => exits.push(exit));
  }, 120_000);

  afterAll(async () => {
    await supervisor?.stop();
    await bitcoin?.stop();
    await service?.stop();
    await rm(dir, { recursive: true, force: true });
  }, 90_000);

  it('starts lightningd: ready once it logged "Server started" and getinfo answers with the signer’s node id', async () => {
    await supervisor!.ensureRunning();
    expect(supervisor!.state).toBe('running');
    // Where the supervisor looks for a lightningd left running by an earlier gateway.
    expect(existsSync(supervisor!.lightningd!.launch.pidFile)).toBe(true);
    const info = await supervisor!.lightningd!.rpc.call<{ id: string; network: string; version: string }>('getinfo');
    expect(info).toMatchObject({ id: nodeId, network: 'regtest' });
    expect(supervisor!.lightningd!.info?.id).toBe(nodeId);
    expect(service!.requests[0]).toMatchObject({ requestId: 1000, type: HSMD_TYPE.hsmd_init, context: null });
    const log = await readFile(path.join(nodeDir, 'log'), 'utf8');
    expect(log).toContain(`Server started with public key ${nodeId}`);
    expect(log).not.toContain('hsmd-proxy:'); // the proxy reported no trouble
    // The bitcoind password is in the node's private config file, not on lightningd's command line.
    const cmdline = await readFile(`/proc/${supervisor!.lightningd!.pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline) expect(cmdline).not.toContain(config.bitcoind.password!);
    expect((await stat(path.join(nodeDir, 'gateway.conf'))).mode & 0o777).toBe(0o600);
    expect(await readFile(path.join(nodeDir, 'gateway.conf'), 'utf8')).toContain(`bitcoin-rpcpassword=${config.bitcoind.password!}`);
  }, 120_000);

  it('stops cleanly through the stop RPC', async () => {
    const invoice = await supervisor!.lightningd!.rpc.call<{ bolt11: string }>('invoice', { amount_msat: 21_000, label: 'kept', description: 'kept across restarts' });
    expect(invoice.bolt11).toMatch(/^lnbcrt210n1/);
    // setconfig writes next to the gateway's config file, which includes it from the next start on.
    await supervisor!.lightningd!.rpc.call('setconfig', { config: 'min-capacity-sat', val: 20_000 });
    await supervisor!.stop();
    expect(supervisor!.state).toBe('stopped');
    expect(exits).toMatchObject([{ code: 0, signal: null, requested: true }]);
    expect(existsSync(path.join(nodeDir, 'regtest', 'lightningd.sqlite3'))).toBe(true);
  }, 120_000);

  it('starts again with the node’s data kept: same node id, same database, its invoice still there', async () => {
    const database = await stat(path.join(nodeDir, 'regtest', 'lightningd.sqlite3'));
    await supervisor!.ensureRunning();
    const rpc = supervisor!.lightningd!.rpc;
    expect((await rpc.call<{ id: string }>('getinfo')).id).toBe(nodeId);
    const { invoices } = await rpc.call<{ invoices: { label: string; description: string }[] }>('listinvoices', { label: 'kept' });
    expect(invoices).toMatchObject([{ label: 'kept', description: 'kept across restarts' }]);
    const { configs } = await rpc.call<{ configs: Record<string, { value_int?: number; source?: string }> }>('listconfigs', { config: 'min-capacity-sat' });
    expect(configs['min-capacity-sat']).toMatchObject({ value_int: 20_000, source: expect.stringContaining('gateway.conf.setconfig') });
    expect((await stat(path.join(nodeDir, 'regtest', 'lightningd.sqlite3'))).ino).toBe(database.ino);
    // A second hsmd_init: a new lightningd and a new proxy, the same signer.
    expect(service!.requests.filter((r) => r.type === HSMD_TYPE.hsmd_init)).toHaveLength(2);
  }, 120_000);

  it('stops a lightningd left running on the node directory (say, by a gateway that crashed), then runs its own', async () => {
    await supervisor!.stop();
    const launch = lightningdArguments({ ...config, lightningd: lightningd!, lightningdVersion: await readLightningdVersion(lightningd!) });
    const leftover = LightningdProcess.start(launch);
    await leftover.ready({ timeoutMs: 90_000 });
    await supervisor!.ensureRunning();
    expect(leftover.exit).toMatchObject({ code: 0, signal: null }); // through its stop RPC
    expect(supervisor!.lightningd!.pid).not.toBe(leftover.pid);
    expect((await supervisor!.lightningd!.rpc.call<{ id: string }>('getinfo')).id).toBe(nodeId);
  }, 180_000);

  it('runs with both sockets in a shorter socketDir (lightningd takes --rpc-file=<absolute path>)', async () => {
    await supervisor!.stop();
    const socketDir = path.join(dir, 's');
    const shortService = await TestHsmServiceDouble.start((await prepareNodeDirectories({ nodeDir, network: 'regtest', socketDir })).hsmSocketPath, signer);
    const other = new NodeSupervisor({ nodeId, config: { ...config, socketDir }, readyTimeoutMs: 90_000 });
    try {
      await other.ensureRunning();
      expect(other.lightningd!.launch.rpcPath).toBe(path.join(socketDir, 'lightning-rpc'));
      expect(existsSync(path.join(socketDir, 'lightning-rpc'))).toBe(true);
      expect((await other.lightningd!.rpc.call<{ id: string }>('getinfo')).id).toBe(nodeId);
      expect(shortService.requests[0]).toMatchObject({ type: HSMD_TYPE.hsmd_init });
    } finally {
      await other.stop();
      await shortService.stop();
    }
  }, 180_000);
});
