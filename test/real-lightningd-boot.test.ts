// A real lightningd boots with the hsmd proxy as its hsmd, every key operation answered by our Signer
// through the Hsm service double: getinfo shows the signer's node id and an invoice it signed decodes.
// Runs when LIGHTNINGD and BITCOIND (or lightningd and bitcoind on PATH) exist; skips with one line otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HSM_PERM_ECDH, HSMD_TYPE } from '@greenhouse/common/hsmd';
import { HSMD_PROXY_PATH, hsmdProxyEnvironment, readLightningdVersion } from '../services/node-gateway/src/hsmd-proxy/index.ts';
import { bitcoindPath, lightningdPath, skipReason } from './support/real-binaries.ts';
import { RealLightningd } from './support/real-lightningd.ts';
import { RegtestBitcoind } from './support/regtest-bitcoind.ts';
import { permissiveSigner, TestHsmServiceDouble } from './support/test-hsm-service-double.ts';

const lightningd = lightningdPath();
const bitcoind = bitcoindPath();
const skip = skipReason('the real-lightningd boot test', [...(lightningd ? [] : ['lightningd']), ...(bitcoind ? [] : ['bitcoind'])]);

/** secp256k1's generator: a valid node id that is not ours. */
const SOMEONE_ELSE = '0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798';
const SECRET = Buffer.from('677265656e686f7573652d7265616c2d6c696768746e696e67642d626f6f7421', 'hex'); // "greenhouse-real-lightningd-boot!"

describe.skipIf(skip)('real lightningd with the hsmd proxy as its hsmd', () => {
  const signer = permissiveSigner(SECRET);
  let dir: string;
  let bitcoin: RegtestBitcoind | undefined;
  let service: TestHsmServiceDouble | undefined;
  let node: RealLightningd | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'greenhouse-cln-'));
    bitcoin = await RegtestBitcoind.start(bitcoind!, path.join(dir, 'bitcoind'));
    service = await TestHsmServiceDouble.start(path.join(dir, 'hsm.sock'), signer);
    node = await RealLightningd.start({
      lightningd: lightningd!,
      lightningDir: path.join(dir, 'lightningd'),
      hsmd: HSMD_PROXY_PATH,
      bitcoindOptions: bitcoin.lightningdOptions(),
      // What the gateway does: lightningd's version and the Hsm socket, handed on to the proxy.
      env: {
        ...process.env,
        ...hsmdProxyEnvironment({ lightningdVersion: await readLightningdVersion(lightningd!), hsmSocketPath: service.socketPath }),
      },
    });
  }, 120_000);

  afterAll(async () => {
    const exitCode = await node?.stop();
    await bitcoin?.stop();
    await service?.stop();
    await rm(dir, { recursive: true, force: true });
    if (node) expect(exitCode).toBe(0);
  }, 60_000);

  it('starts with the signer’s node id, every hsmd request answered through the proxy', async () => {
    const info = await node!.cli<{ id: string; network: string }>('getinfo');
    expect(info.id).toBe(signer.nodeId.toString('hex'));
    expect(info.network).toBe('regtest');
    const log = await node!.log();
    expect(log).toContain(`Server started with public key ${info.id}`);
    // lightningd's own connection sent init first; connectd got a client socket, whose 109 the proxy answered itself.
    expect(service!.requests[0]).toMatchObject({ requestId: 1000, type: HSMD_TYPE.hsmd_init, context: null });
    expect(service!.requests.some((r) => r.type === HSMD_TYPE.hsmd_client_hsmfd)).toBe(false);
    expect(node!.output).not.toContain('hsmd-proxy:');
  });

  it('answers connectd’s own hsmd client, stamped with its context (our id, dbid 0, ECDH)', async () => {
    // Dialing our own port under another node's id: our connectd, answering the Noise handshake,
    // needs an ECDH with the node key from its client socket; the handshake then fails, as it should.
    const port = (await node!.cli<{ binding: { port: number }[] }>('getinfo')).binding[0]!.port;
    await expect(node!.cli('connect', `${SOMEONE_ELSE}@127.0.0.1:${port}`)).rejects.toThrow();
    const ecdh = service!.requests.find((r) => r.type === HSMD_TYPE.hsmd_ecdh_req);
    expect(ecdh?.context).toEqual({ nodeId: signer.nodeId.toString('hex'), dbid: 0n, capabilities: BigInt(HSM_PERM_ECDH) });
  });

  it('creates an invoice the signer signed, which decodes to this node', async () => {
    const invoice = await node!.cli<{ bolt11: string }>('invoice', '1000sat', 'greenhouse-boot', 'proxy boot test');
    expect(service!.requests.at(-1)?.type).toBe(HSMD_TYPE.hsmd_sign_invoice);
    const decoded = await node!.cli<{ valid: boolean; payee: string; amount_msat: number; description: string }>('decode', invoice.bolt11);
    expect(decoded).toMatchObject({
      valid: true,
      payee: signer.nodeId.toString('hex'),
      amount_msat: 1_000_000,
      description: 'proxy boot test',
    });
  });
});
