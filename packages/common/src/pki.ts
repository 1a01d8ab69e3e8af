import 'reflect-metadata';
import { webcrypto, randomBytes, createHash } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { invalidArgument } from './errors.ts';

type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;

x509.cryptoProvider.set(webcrypto as unknown as x509.CryptoProvider extends { set(c: infer C): void } ? C : never);

/** P-256 everywhere, as Greenlight's certificate tree. */
const KEY_ALGORITHM: webcrypto.EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGNING_ALGORITHM: webcrypto.EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };
const TEN_YEARS_MS = 10 * 365 * 24 * 3600 * 1000;
/** Certificates start an hour in the past so a peer whose clock runs slow still accepts them. */
const CLOCK_SKEW_MS = 3600 * 1000;

const ORGANIZATION = 'Greenhouse';
const CA_KEY_USAGES =
  x509.KeyUsageFlags.digitalSignature |
  x509.KeyUsageFlags.keyEncipherment |
  x509.KeyUsageFlags.keyCertSign |
  x509.KeyUsageFlags.cRLSign;
const LEAF_KEY_USAGES = x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment;
const SERVER_AND_CLIENT_AUTH = [x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth];

/** A certificate with its private key and the chain of issuers above it. */
export interface Identity {
  cert: x509.X509Certificate;
  key: CryptoKey;
  /** Issuers from the direct parent up to the root (empty for the root itself). */
  issuers: x509.X509Certificate[];
}

/** What signing under an identity needs, computed once per issuer rather than per certificate. */
interface IssuerContext {
  name: x509.Name;
  authorityKeyId: x509.AuthorityKeyIdentifierExtension;
}

const issuerContexts = new WeakMap<x509.X509Certificate, IssuerContext>();

function issuerContext(issuer: x509.X509Certificate): IssuerContext {
  let context = issuerContexts.get(issuer);
  if (!context) {
    const ski = issuer.getExtension(x509.SubjectKeyIdentifierExtension);
    const keyId = ski ? ski.keyId : keyIdentifier(spkiPoint(new Uint8Array(issuer.publicKey.rawData)));
    context = { name: issuer.subjectName, authorityKeyId: new x509.AuthorityKeyIdentifierExtension(keyId) };
    issuerContexts.set(issuer, context);
  }
  return context;
}

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits. */
function keyIdentifier(publicKeyPoint: Uint8Array): string {
  return createHash('sha1').update(publicKeyPoint).digest('hex');
}

/** A P-256 SubjectPublicKeyInfo ends with the 65-byte uncompressed point. */
function spkiPoint(spki: Uint8Array): Uint8Array {
  return spki.subarray(spki.length - 65);
}

export interface IdentityPem {
  certPem: string;
  keyPem: string;
  /** The certificate followed by its issuers up to the root. */
  chainPem: string;
}

export async function generateKeyPair(): Promise<CryptoKeyPair> {
  return webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;
}

function subjectName(commonName: string): x509.JsonName {
  return [{ O: [ORGANIZATION] }, { OU: ['CertificateAuthority'] }, { CN: [commonName] }];
}

function randomSerial(): string {
  const serial = randomBytes(16);
  serial[0]! &= 0x7f; // positive INTEGER
  serial[0]! |= 0x01; // and no leading zero byte to strip
  return serial.toString('hex');
}

export interface IssueOptions {
  commonName: string;
  /** DER SubjectPublicKeyInfo of the subject's P-256 key. */
  spki: Uint8Array;
  issuer: Identity;
  isCa: boolean;
  validityMs?: number;
}

const CA_EXTENSIONS = [
  new x509.BasicConstraintsExtension(true, 3, true),
  new x509.KeyUsagesExtension(CA_KEY_USAGES, true),
  new x509.ExtendedKeyUsageExtension(SERVER_AND_CLIENT_AUTH),
];
const LEAF_EXTENSIONS = [
  new x509.BasicConstraintsExtension(false, undefined, true),
  new x509.KeyUsagesExtension(LEAF_KEY_USAGES, true),
  new x509.ExtendedKeyUsageExtension(SERVER_AND_CLIENT_AUTH),
];

async function issue(options: IssueOptions & { altNames?: string[] }): Promise<x509.X509Certificate> {
  const now = Date.now();
  const issuer = issuerContext(options.issuer.cert);
  const extensions: x509.Extension[] = [
    ...(options.isCa ? CA_EXTENSIONS : LEAF_EXTENSIONS),
    new x509.SubjectKeyIdentifierExtension(keyIdentifier(spkiPoint(options.spki))),
    issuer.authorityKeyId,
  ];
  if (options.altNames?.length) {
    extensions.push(new x509.SubjectAlternativeNameExtension(options.altNames.map(toGeneralName)));
  }
  return x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: subjectName(options.commonName),
    issuer: issuer.name,
    notBefore: new Date(now - CLOCK_SKEW_MS),
    notAfter: new Date(now + (options.validityMs ?? TEN_YEARS_MS)),
    signingAlgorithm: SIGNING_ALGORITHM,
    publicKey: options.spki,
    signingKey: options.issuer.key,
    extensions,
  });
}

function toGeneralName(name: string): x509.JsonGeneralName {
  const isIp = /^[0-9.]+$/.test(name) || name.includes(':');
  return isIp ? { type: 'ip', value: name } : { type: 'dns', value: name };
}

export async function createRootIdentity(commonName: string): Promise<Identity> {
  const keys = await generateKeyPair();
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: subjectName(commonName),
    notBefore: new Date(now - CLOCK_SKEW_MS),
    notAfter: new Date(now + TEN_YEARS_MS),
    signingAlgorithm: SIGNING_ALGORITHM,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 3, true),
      new x509.KeyUsagesExtension(CA_KEY_USAGES, true),
      new x509.ExtendedKeyUsageExtension(SERVER_AND_CLIENT_AUTH),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert, key: keys.privateKey, issuers: [] };
}

/** A new identity (CA or leaf) with a fresh key, signed by `issuer`. */
export async function createChildIdentity(
  issuer: Identity,
  commonName: string,
  options: { isCa: boolean; altNames?: string[] },
): Promise<Identity> {
  const keys = await generateKeyPair();
  const spki = new Uint8Array(await webcrypto.subtle.exportKey('spki', keys.publicKey));
  const cert = await issue({ commonName, spki, issuer, ...options });
  return { cert, key: keys.privateKey, issuers: [issuer.cert, ...issuer.issuers] };
}

/** A certificate for a key the requester holds, e.g. from a verified CSR. */
export async function issueLeafCertificate(
  issuer: Identity,
  commonName: string,
  spki: Uint8Array,
): Promise<x509.X509Certificate> {
  return issue({ commonName, spki, issuer, isCa: false, altNames: ['localhost'] });
}

export interface CertificateSigningRequest {
  commonName: string;
  /** DER SubjectPublicKeyInfo. */
  spki: Uint8Array;
  /** Raw SEC1 uncompressed public key (65 bytes, 04‖X‖Y). */
  publicKeyRaw: Buffer;
}

/**
 * Parses and verifies a PEM CSR. Anything that is not a well-formed, self-signed P-256 CSR with
 * exactly one common name is refused with INVALID_ARGUMENT and a reason.
 */
export async function parseCsr(pem: string | Uint8Array): Promise<CertificateSigningRequest> {
  const text = typeof pem === 'string' ? pem : Buffer.from(pem).toString('utf8');
  if (!text.includes('-----BEGIN CERTIFICATE REQUEST-----')) {
    throw invalidArgument('csr must be a PEM certificate signing request (-----BEGIN CERTIFICATE REQUEST-----)');
  }
  let csr: x509.Pkcs10CertificateRequest;
  try {
    csr = new x509.Pkcs10CertificateRequest(text);
  } catch (cause) {
    throw invalidArgument(`csr could not be parsed: ${(cause as Error).message}`);
  }
  const algorithm = csr.publicKey.algorithm as webcrypto.EcKeyAlgorithm;
  if (algorithm.name !== 'ECDSA' || algorithm.namedCurve !== 'P-256') {
    throw invalidArgument(`csr key must be ECDSA P-256, got ${algorithm.name} ${algorithm.namedCurve ?? ''}`.trim());
  }
  let signatureValid = false;
  try {
    signatureValid = await csr.verify();
  } catch (cause) {
    throw invalidArgument(`csr signature could not be checked: ${(cause as Error).message}`);
  }
  if (!signatureValid) throw invalidArgument('csr signature does not match its public key');
  const commonNames = csr.subjectName.getField('CN');
  if (commonNames.length !== 1) {
    throw invalidArgument(`csr subject must have exactly one CN, found ${commonNames.length}`);
  }
  const spki = new Uint8Array(csr.publicKey.rawData);
  return { commonName: commonNames[0]!, spki, publicKeyRaw: Buffer.from(spkiPoint(spki)) };
}

export async function toPem(identity: Identity): Promise<IdentityPem> {
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', identity.key);
  const keyPem = x509.PemConverter.encode(pkcs8, 'PRIVATE KEY');
  const certPem = identity.cert.toString('pem');
  return { certPem, keyPem, chainPem: chainToPem([identity.cert, ...identity.issuers]) };
}

export function chainToPem(certs: x509.X509Certificate[]): string {
  return certs.map((cert) => cert.toString('pem')).join('\n') + '\n';
}

export async function identityFromPem(chainPem: string, keyPem: string): Promise<Identity> {
  const [cert, ...issuers] = x509.PemConverter.decode(chainPem).map((der) => new x509.X509Certificate(der));
  if (!cert) throw new Error('no certificate in PEM');
  const key = await webcrypto.subtle.importKey(
    'pkcs8',
    x509.PemConverter.decode(keyPem)[0]!,
    KEY_ALGORITHM,
    true,
    ['sign'],
  );
  return { cert, key, issuers };
}

export function commonNameOf(cert: x509.X509Certificate): string {
  return cert.subjectName.getField('CN')[0] ?? '';
}

export { x509 };
