// bench/registration: full registrations per second (GetChallenge + Register, fresh node key each)
// at 1 and 32 concurrent clients, next to the two costs that bound it, measured in the same run:
// a bare grpc-js mTLS unary echo, and bare certificate issuance from a CSR with the same X.509
// library (@peculiar/x509). The scheduler and the echo server run as their own processes, as in
// production; client work that is not part of a registration (keys, CSRs) is prepared up front.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, Metadata } from '@grpc/grpc-js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { SchedulerClient, createDeviceKey, mtlsCredentials } from '@greenhouse/client';
import { createChildIdentity, createRootIdentity, generateKeyPair, issueLeafCertificate, issuerOf, parseCsr, signedMessageDigest, x509 } from '@greenhouse/common';
import { startService } from '@greenhouse/stack';
import { measure, row, type Measurement } from '../support/stats.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const QUICK = process.argv.includes('--quick');
const CONCURRENCIES = [1, 32];
const COUNT = (concurrency: number) => (QUICK ? 40 : concurrency === 1 ? 300 : 1200);
const WARMUP = QUICK ? 10 : 60;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' };
const INIT_MSG = Buffer.concat([Buffer.from([0x00, 0x72]), Buffer.alloc(150, 7)]);

interface PreparedNode {
  secret: Uint8Array;
  nodeId: Buffer;
  csr: Buffer;
}

async function prepareNodes(count: number): Promise<PreparedNode[]> {
  const nodes: PreparedNode[] = [];
  for (let i = 0; i < count; i++) {
    const secret = secp256k1.utils.randomSecretKey();
    const nodeId = Buffer.from(secp256k1.getPublicKey(secret, true));
    const device = await createDeviceKey(`/users/${nodeId.toString('hex')}/default`);
    nodes.push({ secret, nodeId, csr: Buffer.from(device.csrPem) });
  }
  return nodes;
}

async function benchRegistrations(client: SchedulerClient, nodes: PreparedNode[], concurrency: number, count: number) {
  let offset = 0;
  const register = async (node: PreparedNode) => {
    const challenge = await client.getChallenge('REGISTER', node.nodeId);
    const signature = secp256k1.sign(signedMessageDigest(challenge), node.secret, { prehash: false });
    await client.register({ node_id: node.nodeId, network: 'regtest', challenge, signature, signer_proto: 'v26.06', init_msg: INIT_MSG, csr: node.csr });
  };
  const take = (n: number) => nodes.slice(offset, (offset += n));
  const warmup = take(WARMUP);
  await measure(concurrency, warmup.length, (i) => register(warmup[i]!));
  const batch = take(count);
  return measure(concurrency, batch.length, (i) => register(batch[i]!));
}

async function benchEcho(target: string, tls: { caPem: Buffer; certPem: Buffer; keyPem: Buffer }, concurrency: number, count: number) {
  const client = new Client(target, mtlsCredentials(tls));
  const payload = Buffer.alloc(100, 1);
  const echo = () =>
    new Promise<void>((resolve, reject) =>
      client.makeUnaryRequest('/bench.Echo/Echo', (b: Buffer) => b, (b: Buffer) => b, payload, new Metadata(), (e) => (e ? reject(e) : resolve())),
    );
  await measure(concurrency, WARMUP * 10, echo);
  const result = await measure(concurrency, count * 5, echo);
  client.close();
  return result;
}

/**
 * Bare issuance with @peculiar/x509 used as documented: parse the CSR, verify it, create the
 * certificate (the same five extensions the scheduler puts in), PEM — nothing else.
 */
async function benchLibraryIssuance(csrs: Buffer[], concurrency: number, count: number) {
  const caKeys = await generateKeyPair();
  const ca = await x509.X509CertificateGenerator.createSelfSigned({ name: 'CN=GL /users', keys: caKeys, signingAlgorithm: SIGNING });
  const authorityKeyId = await x509.AuthorityKeyIdentifierExtension.create(ca);
  const issueOne = async (i: number) => {
    const csr = new x509.Pkcs10CertificateRequest(csrs[i % csrs.length]!.toString());
    if (!(await csr.verify())) throw new Error('bad CSR');
    const cert = await x509.X509CertificateGenerator.create({
      subject: csr.subject,
      issuer: ca.subject,
      publicKey: csr.publicKey,
      signingKey: caKeys.privateKey,
      signingAlgorithm: SIGNING,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
        await x509.SubjectKeyIdentifierExtension.create(csr.publicKey),
        authorityKeyId,
        new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'localhost' }]),
      ],
    });
    return cert.toString('pem');
  };
  await measure(concurrency, WARMUP, issueOne);
  return measure(concurrency, count, issueOne);
}

/** The scheduler's own issuance path for one device (CSR check + certificate), for comparison. */
async function benchOwnIssuance(csrs: Buffer[], concurrency: number, count: number) {
  const root = await createRootIdentity('GL /');
  const issuer = issuerOf(createChildIdentity(root, 'GL /users', { isCa: true }));
  const issueOne = async (i: number) => {
    const csr = parseCsr(csrs[i % csrs.length]!);
    return issueLeafCertificate(issuer, csr.commonName, csr.spki).pem;
  };
  await measure(concurrency, WARMUP, issueOne);
  return measure(concurrency, count, issueOne);
}

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'greenhouse-bench-'));
  const quietEnv = { ...process.env, GREENHOUSE_LOG_LEVEL: 'info' };
  const scheduler = await startService({
    name: 'scheduler',
    main: path.join(REPO_ROOT, 'services/scheduler/src/main.ts'),
    args: ['run', '--dir', dataDir, '--port', '0'],
    readyMessage: 'scheduler ready',
    onExit: () => undefined,
    forwardOutput: false,
    env: quietEnv,
  });
  const certs = path.join(dataDir, 'certs');
  const tls = {
    caPem: await readFile(path.join(certs, 'ca.crt')),
    certPem: await readFile(path.join(certs, 'users/nobody.crt')),
    keyPem: await readFile(path.join(certs, 'users/nobody-key.pem')),
  };
  const echoServer = await startService({
    name: 'echo',
    main: path.join(import.meta.dirname, 'echo-server.ts'),
    args: [certs],
    readyMessage: 'echo ready',
    onExit: () => undefined,
    forwardOutput: false,
  });

  const needed = CONCURRENCIES.reduce((sum, c) => sum + COUNT(c) + WARMUP, 0);
  process.stdout.write(`preparing ${needed} node keys and device CSRs…\n`);
  const nodes = await prepareNodes(needed);
  const client = new SchedulerClient(String(scheduler.ready.grpc_uri), tls, 60_000);

  const results: Record<string, Measurement> = {};
  for (const concurrency of CONCURRENCIES) {
    results[`registration@${concurrency}`] = await benchRegistrations(client, nodes.splice(0, COUNT(concurrency) + WARMUP), concurrency, COUNT(concurrency));
    results[`echo@${concurrency}`] = await benchEcho(`localhost:${echoServer.ready.port}`, tls, concurrency, COUNT(concurrency));
    const csrs = (await prepareNodes(64)).map((n) => n.csr);
    results[`issuance@${concurrency}`] = await benchLibraryIssuance(csrs, concurrency, COUNT(concurrency));
    results[`own-issuance@${concurrency}`] = await benchOwnIssuance(csrs, concurrency, COUNT(concurrency));
  }
  client.close();
  await Promise.all([scheduler.stop(), echoServer.stop()]);
  await rm(dataDir, { recursive: true, force: true });

  const lines = [
    '',
    'bench/registration — GetChallenge + Register (fresh secp256k1 node key and P-256 device CSR each)',
    `machine: ${(await import('node:os')).cpus().length} cores, node ${process.version}${QUICK ? ', --quick' : ''}`,
    '',
  ];
  for (const concurrency of CONCURRENCIES) {
    lines.push(row(`registration, ${concurrency} concurrent client(s)`, results[`registration@${concurrency}`]!));
    lines.push(row(`bare mTLS unary echo, ${concurrency} in flight`, results[`echo@${concurrency}`]!));
    lines.push(row(`bare issuance from CSR (x509 API), ${concurrency} in flight`, results[`issuance@${concurrency}`]!));
    lines.push(row(`scheduler's issuance path, ${concurrency} in flight`, results[`own-issuance@${concurrency}`]!));
    const registration = results[`registration@${concurrency}`]!;
    const issuance = results[`issuance@${concurrency}`]!;
    const echo = results[`echo@${concurrency}`]!;
    lines.push(
      `  ratios @${concurrency}: registration/issuance = ${(registration.opsPerSecond / issuance.opsPerSecond).toFixed(2)}` +
        `   registration/own-issuance = ${(registration.opsPerSecond / results[`own-issuance@${concurrency}`]!.opsPerSecond).toFixed(2)}` +
        `   registration/echo = ${(registration.opsPerSecond / echo.opsPerSecond).toFixed(3)}` +
        `   registration p50 = ${(registration.p50 / echo.p50).toFixed(1)}× echo p50`,
      '',
    );
  }
  const target = results['registration@32']!.opsPerSecond / results['issuance@32']!.opsPerSecond;
  lines.push(`target: registration@32 ≥ 0.75 × issuance@32 → ${target.toFixed(2)} (${target >= 0.75 ? 'met' : 'NOT met'})`);
  process.stdout.write(lines.join('\n') + '\n');
}

await main();
