#!/usr/bin/env -S node --import tsx
// Certificates for a deployed Greenhouse, where clients and gateways reach the scheduler and the
// gateways by names other than localhost (docker compose service names, Kubernetes Service DNS).
//
//   tsx deploy/certs.ts --dir DIR [--scheduler-name NAME]... [--gateway-name NAME]...
//                       [--client-bundle DIR --scheduler-uri URI [--container-scheduler-uri URI] [--client-prefix P]]
//
// 1. Creates the scheduler's certificate tree under DIR/certs exactly as the scheduler does on its
//    first start (the same code: CertificateAuthority.open), or keeps the one there.
// 2. Gives the two service identities, services/scheduler and services/node-gateway, the extra DNS
//    names (a name may be a wildcard like *.gateway.greenhouse.svc.cluster.local): re-issued under the
//    same `GL /services` CA, keeping localhost, when they lack one. Gateways and Greenlight clients
//    verify the host name they dial against these names.
// 3. With --client-bundle: what a client needs to bootstrap, without the CA's keys: the CA
//    certificate and the NOBODY identity, plus metadata.json and .env in the format `pnpm start`
//    writes. The bundle's own metadata.json is for a machine that copies the bundle to
//    ./<client-prefix> and dials --scheduler-uri; compose/metadata.json is for containers that
//    mount the bundle at its path and dial --container-scheduler-uri.
//
// Running it again changes nothing unless a name was added. The scheduler reads its certificate at
// start, so run this before it starts.
import { X509Certificate } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { BlockList, isIP } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createChildIdentity, createLogger, identityFromPem, toPem } from '../packages/common/src/index.ts';
import { CertificateAuthority, SERVICE_ALT_NAMES } from '../services/scheduler/src/certificate-authority.ts';
import { writeStackMetadata } from '../services/stack/src/metadata.ts';

/** The two service identities and their common names, as the scheduler's CA names them. */
const SERVICES = {
  scheduler: { file: 'services/scheduler', commonName: 'GL /services/scheduler' },
  gateway: { file: 'services/node-gateway', commonName: 'GL /services/node-gateway' },
} as const;

export interface DeploymentCertificatesOptions {
  /** The scheduler's data directory; certificates go to `<dataDir>/certs`. */
  dataDir: string;
  /** Host names clients and gateways dial the scheduler by. */
  schedulerNames?: string[];
  /** Host names clients dial gateways by (one certificate for all gateways: wildcards welcome). */
  gatewayNames?: string[];
}

export interface DeploymentCertificates {
  certsDir: string;
  /** Identities re-issued by this run (`services/scheduler`, `services/node-gateway`). */
  reissued: string[];
  /** The DNS names and addresses each service certificate now carries. */
  names: { scheduler: string[]; gateway: string[] };
}

export async function prepareDeploymentCertificates(options: DeploymentCertificatesOptions): Promise<DeploymentCertificates> {
  const dataDir = path.resolve(options.dataDir);
  for (const name of [...(options.schedulerNames ?? []), ...(options.gatewayNames ?? [])]) checkHostName(name);
  // The tree exactly as the scheduler makes it (and keeps it: existing files are loaded, not replaced).
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const ca = await CertificateAuthority.open(dataDir, createLogger({ name: 'certs', level: 'warn' }));
  await ca.close();
  const certsDir = path.join(dataDir, 'certs');

  const servicesCa = identityFromPem(await readFile(path.join(certsDir, 'services.crt'), 'utf8'), await readFile(path.join(certsDir, 'services-key.pem'), 'utf8'));
  const reissued: string[] = [];
  const names = { scheduler: [] as string[], gateway: [] as string[] };
  for (const [service, wanted] of [
    ['scheduler', options.schedulerNames ?? []],
    ['gateway', options.gatewayNames ?? []],
  ] as const) {
    const { file, commonName } = SERVICES[service];
    const base = path.join(certsDir, file);
    const current = subjectAltNames(new X509Certificate(await readFile(`${base}.pem`)));
    const missing = wanted.filter((name) => !current.some((have) => sameHostName(have, name)));
    if (missing.length === 0) {
      names[service] = current;
      continue;
    }
    // Keep what it had (the scheduler's own names are SERVICE_ALT_NAMES; earlier runs added DNS names).
    const altNames: string[] = [];
    for (const name of [...SERVICE_ALT_NAMES, ...current, ...wanted]) {
      if (!altNames.some((have) => sameHostName(have, name))) altNames.push(name);
    }
    const pem = toPem(createChildIdentity(servicesCa, commonName, { isCa: false, altNames }));
    // Key first, then certificate and chain: a reader that finds the new .crt finds its key.
    await writeAtomically(`${base}-key.pem`, pem.keyPem, 0o600);
    await writeAtomically(`${base}.pem`, pem.certPem, 0o644);
    await writeAtomically(`${base}.crt`, pem.chainPem, 0o644);
    reissued.push(file);
    names[service] = altNames;
  }
  return { certsDir, reissued, names };
}

export interface ClientBundleOptions {
  /** The scheduler's data directory (its certs/ holds the CA certificate and the NOBODY identity). */
  dataDir: string;
  /** Where to write the bundle. */
  bundleDir: string;
  /** The scheduler as the machine that copies the bundle dials it, e.g. https://localhost:2601. */
  schedulerUri: string;
  /** Where that machine puts the bundle, relative to where it runs the client (paths in metadata.json). */
  clientPrefix: string;
  /** The scheduler as containers that mount the bundle at bundleDir dial it, e.g. https://scheduler:2601. */
  containerSchedulerUri?: string;
}

/** The CA certificate and NOBODY identity with metadata.json/.env, never a CA key. */
export async function writeClientBundle(options: ClientBundleOptions): Promise<{ metadataPath: string; containerMetadataPath?: string }> {
  const certs = path.join(path.resolve(options.dataDir), 'certs');
  const bundle = path.resolve(options.bundleDir);
  await mkdir(path.join(bundle, 'certs', 'users'), { recursive: true, mode: 0o700 });
  const files = { ca: 'certs/ca.crt', nobodyCrt: 'certs/users/nobody.crt', nobodyKey: 'certs/users/nobody-key.pem' } as const;
  await copyFile(path.join(certs, 'ca.crt'), path.join(bundle, files.ca));
  await copyFile(path.join(certs, 'users/nobody.crt'), path.join(bundle, files.nobodyCrt));
  await copyFile(path.join(certs, 'users/nobody-key.pem'), path.join(bundle, files.nobodyKey));
  const metadataFor = (root: string, uri: string, join: (...parts: string[]) => string) => ({
    scheduler_grpc_uri: uri,
    ca_crt_path: join(root, files.ca),
    nobody_crt_path: join(root, files.nobodyCrt),
    nobody_key_path: join(root, files.nobodyKey),
    cert_path: join(root, 'certs'),
  });
  // Paths as the client machine sees them: POSIX separators, relative to its working directory.
  const { metadataPath } = await writeStackMetadata(bundle, metadataFor(options.clientPrefix, options.schedulerUri, path.posix.join));
  if (!options.containerSchedulerUri) return { metadataPath };
  const containerDir = path.join(bundle, 'compose');
  await mkdir(containerDir, { recursive: true, mode: 0o700 });
  const container = await writeStackMetadata(containerDir, metadataFor(bundle, options.containerSchedulerUri, path.join));
  return { metadataPath, containerMetadataPath: container.metadataPath };
}

/** DNS names and IP addresses of a certificate's subjectAltName. */
export function subjectAltNames(cert: X509Certificate): string[] {
  return (cert.subjectAltName ?? '')
    .split(', ')
    .filter(Boolean)
    .map((entry) => entry.replace(/^(DNS|IP Address):/, ''));
}

/** DNS names compare case-insensitively, addresses by value (Node prints ::1 as 0:0:0:0:0:0:0:1). */
export function sameHostName(a: string, b: string): boolean {
  const family = isIP(a);
  if (family === 0 || isIP(b) !== family) return a.toLowerCase() === b.toLowerCase();
  const list = new BlockList();
  list.addAddress(a, family === 4 ? 'ipv4' : 'ipv6');
  return list.check(b, family === 4 ? 'ipv4' : 'ipv6');
}

/** A DNS name (optionally `*.` in front), an IPv4 or an IPv6 address; anything else is a mistake. */
function checkHostName(name: string): void {
  const label = '[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?';
  const dns = new RegExp(`^(\\*\\.)?${label}(\\.${label})*$`, 'i');
  if (dns.test(name) || isIP(name) !== 0) return;
  throw new Error(`"${name}" is not a host name (letters, digits, hyphens and dots; a leading "*." for a wildcard)`);
}

async function writeAtomically(file: string, content: string, mode: number): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content, { mode });
  await rename(temporary, file);
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string' },
      'scheduler-name': { type: 'string', multiple: true, default: [] },
      'gateway-name': { type: 'string', multiple: true, default: [] },
      'client-bundle': { type: 'string' },
      'scheduler-uri': { type: 'string' },
      'container-scheduler-uri': { type: 'string' },
      'client-prefix': { type: 'string', default: 'greenhouse-client' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help || !values.dir) {
    console.log(
      'usage: tsx deploy/certs.ts --dir DIR [--scheduler-name NAME]... [--gateway-name NAME]...\n' +
        '         [--client-bundle DIR --scheduler-uri URI [--container-scheduler-uri URI] [--client-prefix P]]',
    );
    process.exit(values.help ? 0 : 2);
  }
  const result = await prepareDeploymentCertificates({
    dataDir: values.dir,
    schedulerNames: values['scheduler-name'],
    gatewayNames: values['gateway-name'],
  });
  console.log(`certificates: ${result.certsDir}${result.reissued.length ? ` (re-issued ${result.reissued.join(', ')})` : ''}`);
  console.log(`  scheduler certificate names: ${result.names.scheduler.join(', ')}`);
  console.log(`  gateway certificate names:   ${result.names.gateway.join(', ')}`);
  if (values['client-bundle']) {
    if (!values['scheduler-uri']) throw new Error('--client-bundle needs --scheduler-uri (how the client machine dials the scheduler)');
    const bundle = await writeClientBundle({
      dataDir: values.dir,
      bundleDir: values['client-bundle'],
      schedulerUri: values['scheduler-uri'],
      clientPrefix: values['client-prefix'],
      ...(values['container-scheduler-uri'] && { containerSchedulerUri: values['container-scheduler-uri'] }),
    });
    console.log(`client bundle: ${path.resolve(values['client-bundle'])} (CA certificate, NOBODY identity, metadata.json, .env; no CA key)`);
    console.log(`  metadata.json for a machine that copies it to ./${values['client-prefix']}: ${bundle.metadataPath}`);
    if (bundle.containerMetadataPath) console.log(`  metadata.json for containers that mount it: ${bundle.containerMetadataPath}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`deploy/certs: ${(error as Error).message}`);
    process.exit(1);
  });
}
