// The lightningd TEST DOUBLE (test/support/lightningd-double.mjs) with the real hsmd proxy as its
// hsmd and the Hsm service double answering with the real Signer: the double must behave like
// lightningd where the supervisor and the proxy can tell, or the supervisor tests prove nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ClnRpcClient, ClnRpcError } from '@greenhouse/cln-rpc';
import { decodeHsmdAs, HSMD_TYPE } from '@greenhouse/common/hsmd';
import { readLightningdVersion } from '../src/hsmd-proxy/index.ts';
import { lightningdArguments, LightningdProcess, type LightningdLaunch } from '../src/supervisor/index.ts';
import { decodeInvoice } from '../../../test/support/lightningd-double/bolt11.ts';
import { DEFAULT_DOUBLE_VERSION, DOUBLE_ENV, DOUBLE_STATE_FILE, LIGHTNINGD_DOUBLE_PATH } from '../../../test/support/lightningd-double/control.ts';
import { startDoubleNode, type DoubleNode } from '../../../test/support/lightningd-double/fixture.ts';

const run = promisify(execFile);

function launchFor(node: DoubleNode, env: Record<string, string> = {}): LightningdLaunch {
  return lightningdArguments({ ...node.config, lightningd: LIGHTNINGD_DOUBLE_PATH, lightningdVersion: DEFAULT_DOUBLE_VERSION, env: { ...node.config.env, ...env } });
}

describe('lightningd double --version', () => {
  it('answers like lightningd: its version and a newline', async () => {
    expect((await run(LIGHTNINGD_DOUBLE_PATH, ['--version'])).stdout).toBe(`${DEFAULT_DOUBLE_VERSION}\n`);
    expect(await readLightningdVersion(LIGHTNINGD_DOUBLE_PATH)).toBe(DEFAULT_DOUBLE_VERSION);
    const other = await run(LIGHTNINGD_DOUBLE_PATH, ['--version'], { env: { ...process.env, [DOUBLE_ENV.version]: 'v25.12.1' } });
    expect(other.stdout).toBe('v25.12.1\n');
  });

  it('refuses an option lightningd does not know, on stderr, with exit code 1', async () => {
    await expect(run(LIGHTNINGD_DOUBLE_PATH, ['--no-such-option=1'])).rejects.toMatchObject({
      code: 1,
      stderr: 'lightningd: --no-such-option: unrecognized option\n',
    });
  });
});

describe('lightningd double with the real hsmd proxy', () => {
  let node: DoubleNode;
  let lightningd: LightningdProcess | undefined;
  let raws: Buffer[];

  beforeEach(async () => {
    node = await startDoubleNode();
    raws = [];
    node.service.hook = async (request, signerAnswer) => {
      raws.push(Buffer.from(request.raw));
      return signerAnswer();
    };
  });

  afterEach(async () => {
    await lightningd?.stop({ rpcGraceMs: 5000, termGraceMs: 2000 });
    lightningd = undefined;
    await node.cleanup();
  });

  it('runs the startup hsmd sequence through the proxy and logs "Server started" with the signer’s node id', async () => {
    lightningd = LightningdProcess.start(launchFor(node));
    const info = await lightningd.ready({ timeoutMs: 30_000 });
    expect(info).toMatchObject({ id: node.nodeId, network: 'regtest', blockheight: 101, version: DEFAULT_DOUBLE_VERSION });

    // hsmd_dev_preinit (--developer) stays in the proxy; then init and the derive_secrets, all on lightningd's own connection.
    expect(node.service.requests.map((r) => [r.requestId, r.type, r.context])).toEqual([
      [1000, HSMD_TYPE.hsmd_init, null],
      ...[1001, 1002, 1003, 1004, 1005, 1006, 1007].map((id) => [id, HSMD_TYPE.hsmd_derive_secret, null]),
    ]);
    const infos = raws.slice(1).map((raw) => Buffer.from(decodeHsmdAs('hsmd_derive_secret', raw).info).toString());
    expect(infos).toEqual(['bolt12-invoice-base', 'node-alias-base', 'commando', 'scb secret', 'bolt12-invoice-base', 'offer-blinded-path', 'node-alias-base']);
    const init = decodeHsmdAs('hsmd_init', raws[0]!);
    expect(Buffer.from(init.chainparams).toString('hex')).toBe('06226e46111a0b59caaf126043eb5bbf28c34f3a5e332a1fc7b2b73cf188910f');

    const log = await readFile(path.join(node.nodeDir, 'log'), 'utf8');
    expect(log).toContain(`Server started with public key ${node.nodeId}`);
    expect(log).toContain('TEST DOUBLE');
    expect(log).not.toContain('hsmd-proxy:');
    expect(existsSync(path.join(node.nodeDir, 'lightningd-regtest.pid'))).toBe(true);
  });

  it('creates an invoice signed through hsmd_sign_invoice that decodes to this node', async () => {
    lightningd = LightningdProcess.start(launchFor(node));
    await lightningd.ready({ timeoutMs: 30_000 });
    const result = await lightningd.rpc.call<{ bolt11: string; payment_hash: string; payment_secret: string }>('invoice', {
      amount_msat: 1_500_000,
      label: 'double-1',
      description: 'lightningd double test',
    });
    expect(node.service.requests.at(-1)?.type).toBe(HSMD_TYPE.hsmd_sign_invoice);
    expect(result.bolt11).toMatch(/^lnbcrt15u1/);
    const decoded = decodeInvoice(result.bolt11);
    expect(decoded).toMatchObject({
      payee: node.nodeId,
      amountMsat: 1_500_000n,
      description: 'lightningd double test',
      paymentHash: result.payment_hash,
      paymentSecret: result.payment_secret,
      expiry: 604_800,
    });
    // A label is unique, as lightningd's (error 900).
    await expect(lightningd.rpc.call('invoice', ['any', 'double-1', 'again'])).rejects.toMatchObject({ code: 900 });
    await expect(lightningd.rpc.call('no-such-command')).rejects.toBeInstanceOf(ClnRpcError);
  });

  it('stops on the stop RPC: exit 0, its hsmd gone, pid file and socket removed', async () => {
    lightningd = LightningdProcess.start(launchFor(node));
    await lightningd.ready({ timeoutMs: 30_000 });
    const client = new ClnRpcClient({ socketPath: lightningd.launch.rpcPath });
    expect(await client.call('stop')).toBe('Shutdown complete');
    await client.close();
    expect(await lightningd.exited).toMatchObject({ code: 0, signal: null });
    expect(existsSync(lightningd.launch.pidFile)).toBe(false);
    expect(existsSync(lightningd.launch.rpcPath)).toBe(false);
    expect(await readFile(lightningd.launch.logFile, 'utf8')).not.toContain('hsmd-proxy:');
  });

  it('keeps its node: a second start with another signer fails the wallet sanity check', async () => {
    lightningd = LightningdProcess.start(launchFor(node));
    await lightningd.ready({ timeoutMs: 30_000 });
    await lightningd.stop();
    expect(JSON.parse(await readFile(path.join(node.nodeDir, 'regtest', DOUBLE_STATE_FILE), 'utf8'))).toMatchObject({ node_id: node.nodeId });

    const other = await startDoubleNode({ secret: Buffer.alloc(32, 0x11) });
    try {
      // The other signer's service, but this node's directory: the double must refuse, as lightningd does.
      const launch = lightningdArguments({ ...other.config, nodeDir: node.nodeDir, lightningd: LIGHTNINGD_DOUBLE_PATH, lightningdVersion: DEFAULT_DOUBLE_VERSION });
      lightningd = LightningdProcess.start({ ...launch, env: { ...launch.env, GREENHOUSE_HSM_SOCKET: other.service.socketPath } });
      await expect(lightningd.ready({ timeoutMs: 30_000 })).rejects.toThrow(/exited with code 1 before it was ready; its log ends: .*Wallet sanity check failed/);
    } finally {
      await other.cleanup();
    }
  });

  it('refuses an hsmd whose --version is not its own, like lightningd', async () => {
    lightningd = LightningdProcess.start(launchFor(node, { [DOUBLE_ENV.version]: 'v99.01' }));
    await expect(lightningd.ready({ timeoutMs: 30_000 })).rejects.toThrow(/subdaemon hsmd \(.*hsmd-proxy\.mjs\) claims version "v26\.06\.6", we need v99\.01/);
    expect(node.service.requests).toEqual([]);
  });
});
