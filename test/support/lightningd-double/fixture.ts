// One node for supervisor tests on a bare machine: a temporary node directory, the gateway's Hsm
// service played by TestHsmServiceDouble (the real Signer, permissive) on the node's hsmd.sock, and a
// lightningd configuration that runs the lightningd TEST DOUBLE with the real hsmd proxy.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Signer } from '@greenhouse/signer';
import { prepareNodeDirectories, type NodeSupervisorOptions } from '../../../services/node-gateway/src/supervisor/index.ts';
import { freePort } from '../free-port.ts';
import { permissiveSigner, TestHsmServiceDouble } from '../test-hsm-service-double.ts';
import { LIGHTNINGD_DOUBLE_PATH } from './control.ts';

export interface DoubleNode {
  dir: string;
  nodeDir: string;
  signer: Signer;
  nodeId: string;
  service: TestHsmServiceDouble;
  /** A NodeSupervisor config running the double (add env to steer it, see DOUBLE_ENV). */
  config: NodeSupervisorOptions['config'];
  cleanup(): Promise<void>;
}

export async function startDoubleNode(options: { secret?: Uint8Array; env?: Record<string, string> } = {}): Promise<DoubleNode> {
  // Short: unix socket paths must stay under 108 bytes.
  const dir = await mkdtemp(path.join(tmpdir(), 'gh-sup-'));
  const nodeDir = path.join(dir, 'node');
  const network = 'regtest' as const;
  const { hsmSocketPath } = await prepareNodeDirectories({ nodeDir, network });
  const signer = permissiveSigner(options.secret ?? Buffer.alloc(32, 0x5a));
  const service = await TestHsmServiceDouble.start(hsmSocketPath, signer);
  const config: NodeSupervisorOptions['config'] = {
    lightningd: LIGHTNINGD_DOUBLE_PATH,
    nodeDir,
    network,
    p2pPort: await freePort(),
    // The double never calls bitcoind; the options are there because lightningd needs them.
    bitcoind: { host: '127.0.0.1', port: 18443, user: 'rpcuser', password: 'rpcpass' },
    developer: true,
    env: options.env ?? {},
  };
  return {
    dir,
    nodeDir,
    signer,
    nodeId: signer.nodeId.toString('hex'),
    service,
    config,
    async cleanup() {
      await service.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
