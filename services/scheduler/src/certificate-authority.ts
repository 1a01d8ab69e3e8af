import { mkdir, readFile, writeFile, access, chmod } from 'node:fs/promises';
import path from 'node:path';
import { createChildIdentity, createRootIdentity, identityFromPem, toPem, type Identity, type IdentityPem, type Logger } from '@greenhouse/common';
import { IssuancePool } from './issuance/issuance-pool.ts';
import type { IssuedDevice, UserCa } from './issuance/device-issuance.ts';

/**
 * Where each identity of the tree lives under `<dir>/certs`, named as in Greenlight's test
 * tooling so its users find their way: `<path>.pem` certificate, `<path>-key.pem` key,
 * `<path>.crt` chain up to the root. The root is also `ca.pem`/`ca.crt`.
 */
const TREE = {
  root: { file: 'ca', commonName: 'GL /' },
  users: { file: 'users', commonName: 'GL /users' },
  services: { file: 'services', commonName: 'GL /services' },
  nobody: { file: 'users/nobody', commonName: 'GL /users/nobody' },
  scheduler: { file: 'services/scheduler', commonName: 'GL /services/scheduler' },
  /** The local stack's gateway; more gateways get their own `GL /services/node-gateway-<name>`. */
  gateway: { file: 'services/node-gateway', commonName: 'GL /services/node-gateway' },
} as const;

export const SERVICE_ALT_NAMES = ['localhost', '127.0.0.1', '::1'];

export interface CertificatePaths {
  caCrt: string;
  nobodyCrt: string;
  nobodyKey: string;
  schedulerCrt: string;
  schedulerKey: string;
  gatewayCrt: string;
  gatewayKey: string;
}

export class CertificateAuthority {
  private constructor(
    readonly certsDir: string,
    private readonly pool: IssuancePool,
    readonly scheduler: IdentityPem,
    readonly rootPem: string,
  ) {}

  /** Loads the tree from `<dataDir>/certs`, creating whatever is missing on first start. */
  static async open(dataDir: string, logger: Logger): Promise<CertificateAuthority> {
    const certsDir = path.join(dataDir, 'certs');
    await mkdir(path.join(certsDir, 'users'), { recursive: true, mode: 0o700 });
    await mkdir(path.join(certsDir, 'services'), { recursive: true, mode: 0o700 });
    await chmod(certsDir, 0o700);
    const store = new IdentityFiles(certsDir);

    const root = await store.loadOrCreate(TREE.root.file, () => createRootIdentity(TREE.root.commonName));
    const users = await store.loadOrCreate(TREE.users.file, () =>
      createChildIdentity(root, TREE.users.commonName, { isCa: true }),
    );
    const services = await store.loadOrCreate(TREE.services.file, () =>
      createChildIdentity(root, TREE.services.commonName, { isCa: true }),
    );
    await store.loadOrCreate(TREE.nobody.file, () =>
      createChildIdentity(users, TREE.nobody.commonName, { isCa: false, altNames: ['localhost'] }),
    );
    const scheduler = await store.loadOrCreate(TREE.scheduler.file, () =>
      createChildIdentity(services, TREE.scheduler.commonName, { isCa: false, altNames: SERVICE_ALT_NAMES }),
    );
    await store.loadOrCreate(TREE.gateway.file, () =>
      createChildIdentity(services, TREE.gateway.commonName, { isCa: false, altNames: SERVICE_ALT_NAMES }),
    );
    const usersPem = toPem(users);
    const pool = new IssuancePool({ usersChainPem: usersPem.chainPem, usersKeyPem: usersPem.keyPem }, logger);
    return new CertificateAuthority(certsDir, pool, toPem(scheduler), root.cert.toString('pem'));
  }

  get paths(): CertificatePaths {
    const file = (name: string) => path.join(this.certsDir, name);
    return {
      caCrt: file(`${TREE.root.file}.crt`),
      nobodyCrt: file(`${TREE.nobody.file}.crt`),
      nobodyKey: file(`${TREE.nobody.file}-key.pem`),
      schedulerCrt: file(`${TREE.scheduler.file}.crt`),
      schedulerKey: file(`${TREE.scheduler.file}-key.pem`),
      gatewayCrt: file(`${TREE.gateway.file}.crt`),
      gatewayKey: file(`${TREE.gateway.file}-key.pem`),
    };
  }

  /**
   * Checks the device's CSR (signature, CN `/users/<node_id>/<device>`), creates the node's CA
   * `GL /users/<node_id>` and signs the device under it — on a worker thread.
   */
  issueForNewNode(nodeId: Buffer, csr: Uint8Array): Promise<IssuedDevice & { userCa: UserCa }> {
    return this.pool.issueForNewNode(nodeId, csr);
  }

  /** Checks the CSR likewise and signs another device of a registered node under its CA. */
  issueForKnownNode(userCa: UserCa, nodeId: Buffer, csr: Uint8Array): Promise<IssuedDevice> {
    return this.pool.issueForKnownNode(userCa, nodeId, csr);
  }

  /** Signs a paired device's CSR under the node's CA as `/users/<node_id>/<device_name>`, whatever node its CN named. */
  issueForPairedDevice(userCa: UserCa, nodeId: Buffer, csr: Uint8Array, deviceName: string): Promise<IssuedDevice> {
    return this.pool.issueForPairedDevice(userCa, nodeId, csr, deviceName);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/** The PEM files of one identity: certificate, PKCS#8 key (0600) and chain. */
class IdentityFiles {
  constructor(private readonly certsDir: string) {}

  async loadOrCreate(file: string, create: () => Identity | Promise<Identity>): Promise<Identity> {
    const base = path.join(this.certsDir, file);
    if (await exists(`${base}.crt`) && await exists(`${base}-key.pem`)) {
      return identityFromPem(await readFile(`${base}.crt`, 'utf8'), await readFile(`${base}-key.pem`, 'utf8'));
    }
    const identity = await create();
    const pem = toPem(identity);
    await writeFile(`${base}-key.pem`, pem.keyPem, { mode: 0o600 });
    await writeFile(`${base}.pem`, pem.certPem);
    await writeFile(`${base}.crt`, pem.chainPem);
    return identity;
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
