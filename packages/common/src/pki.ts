import 'reflect-metadata';
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  KeyObject,
  randomBytes,
  sign,
  verify,
  webcrypto,
} from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import * as asn1X509 from '@peculiar/asn1-x509';
import { CertificationRequest } from '@peculiar/asn1-csr';
import { invalidArgument } from './errors.ts';

x509.cryptoProvider.set(webcrypto as unknown as x509.CryptoProvider extends { set(c: infer C): void } ? C : never);

/** P-256 everywhere, as Greenlight's certificate tree. */
const KEY_ALGORITHM: webcrypto.EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };
const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
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
  key: KeyObject;
  /** Issuers from the direct parent up to the root (empty for the root itself). */
  issuers: x509.X509Certificate[];
}

export interface IdentityPem {
  certPem: string;
  keyPem: string;
  /** The certificate followed by its issuers up to the root. */
  chainPem: string;
}

/**
 * What signing under a CA needs, prepared once: its subject as the new certificates' issuer, its
 * key identifier, its key, and its own chain to append to what it issues.
 */
export interface Issuer {
  name: asn1X509.Name;
  keyId: Buffer;
  signingKey: KeyObject;
  /** The issuer's certificate followed by its issuers, PEM. */
  chainPem: string;
}

export interface IssuedCertificate {
  der: Buffer;
  pem: string;
  /** Hex serial number. */
  serial: string;
  subject: asn1X509.Name;
  keyId: Buffer;
}

export interface KeyPair {
  privateKey: KeyObject;
  /** DER SubjectPublicKeyInfo. */
  spki: Buffer;
}

export function newKeyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateKey, spki: publicKey.export({ type: 'spki', format: 'der' }) };
}

/** A WebCrypto key pair, for callers that build CSRs with @peculiar/x509. */
export async function generateKeyPair(): Promise<webcrypto.CryptoKeyPair> {
  return webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']) as Promise<webcrypto.CryptoKeyPair>;
}

const ALGORITHM_ID = new asn1X509.AlgorithmIdentifier({ algorithm: ECDSA_WITH_SHA256 });
const ALGORITHM_ID_DER = Buffer.from(AsnConvert.serialize(ALGORITHM_ID));

function toAsnExtension(extension: x509.Extension): asn1X509.Extension {
  return AsnConvert.parse(extension.rawData, asn1X509.Extension);
}

/** Extensions every certificate of a kind shares, encoded once. */
const CA_EXTENSIONS = [
  new x509.BasicConstraintsExtension(true, 3, true),
  new x509.KeyUsagesExtension(CA_KEY_USAGES, true),
  new x509.ExtendedKeyUsageExtension(SERVER_AND_CLIENT_AUTH),
].map(toAsnExtension);
const LEAF_EXTENSIONS = [
  new x509.BasicConstraintsExtension(false, undefined, true),
  new x509.KeyUsagesExtension(LEAF_KEY_USAGES, true),
  new x509.ExtendedKeyUsageExtension(SERVER_AND_CLIENT_AUTH),
].map(toAsnExtension);

function subjectName(commonName: string): asn1X509.Name {
  const attribute = (type: string, value: string) =>
    new asn1X509.RelativeDistinguishedName([
      new asn1X509.AttributeTypeAndValue({ type, value: new asn1X509.AttributeValue({ utf8String: value }) }),
    ]);
  return new asn1X509.Name([
    attribute('2.5.4.10', ORGANIZATION),
    attribute('2.5.4.11', 'CertificateAuthority'),
    attribute('2.5.4.3', commonName),
  ]);
}

function randomSerial(): Buffer {
  const serial = randomBytes(16);
  serial[0]! &= 0x7f; // positive INTEGER
  serial[0]! |= 0x01; // and no leading zero byte to strip
  return serial;
}

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits (the P-256 point ends the SPKI). */
function keyIdentifier(spki: Uint8Array): Buffer {
  return createHash('sha1').update(spki.subarray(spki.length - 65)).digest();
}

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  if (length < 0x100) return Buffer.from([0x81, length]);
  return Buffer.from([0x82, length >> 8, length & 0xff]);
}

export interface IssueOptions {
  commonName: string;
  /** DER SubjectPublicKeyInfo of the subject's P-256 key. */
  spki: Uint8Array;
  isCa: boolean;
  /** DNS names and IP addresses, for server identities. */
  altNames?: string[];
  validityMs?: number;
}

/**
 * Signs a certificate. The structures come from @peculiar/asn1-x509 and the signature from
 * OpenSSL; the extensions shared by every certificate are encoded once. This is about four times
 * faster than X509CertificateGenerator, which re-parses every part on every call, and issuance is
 * what registration spends its time on.
 */
export function issueCertificate(issuer: Issuer, options: IssueOptions): IssuedCertificate {
  const now = Date.now();
  const keyId = keyIdentifier(options.spki);
  const subject = subjectName(options.commonName);
  const extensions = [
    ...(options.isCa ? CA_EXTENSIONS : LEAF_EXTENSIONS),
    keyIdExtension(asn1X509.id_ce_subjectKeyIdentifier, new asn1X509.SubjectKeyIdentifier(keyId)),
    keyIdExtension(
      asn1X509.id_ce_authorityKeyIdentifier,
      new asn1X509.AuthorityKeyIdentifier({ keyIdentifier: new asn1X509.KeyIdentifier(issuer.keyId) }),
    ),
  ];
  if (options.altNames?.length) extensions.push(altNamesExtension(options.altNames));
  const serial = randomSerial();
  const tbs = new asn1X509.TBSCertificate({
    version: asn1X509.Version.v3,
    serialNumber: new Uint8Array(serial).buffer,
    signature: ALGORITHM_ID,
    issuer: issuer.name,
    validity: new asn1X509.Validity({
      notBefore: new Date(now - CLOCK_SKEW_MS),
      notAfter: new Date(now + (options.validityMs ?? TEN_YEARS_MS)),
    }),
    subject,
    subjectPublicKeyInfo: AsnConvert.parse(options.spki, asn1X509.SubjectPublicKeyInfo),
    extensions: new asn1X509.Extensions(extensions),
  });
  const tbsDer = Buffer.from(AsnConvert.serialize(tbs));
  const signature = sign('sha256', tbsDer, { key: issuer.signingKey, dsaEncoding: 'der' });
  // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING }
  const signatureBits = Buffer.concat([Buffer.from([0x03]), derLength(signature.length + 1), Buffer.from([0x00]), signature]);
  const body = Buffer.concat([tbsDer, ALGORITHM_ID_DER, signatureBits]);
  const der = Buffer.concat([Buffer.from([0x30]), derLength(body.length), body]);
  return { der, pem: certificatePem(der), serial: serial.toString('hex'), subject, keyId };
}

/** One PEM certificate block, newline-terminated so blocks concatenate into a chain. */
function certificatePem(der: ArrayBuffer | Uint8Array): string {
  return `${x509.PemConverter.encode(der, 'CERTIFICATE').trimEnd()}\n`;
}

function keyIdExtension(extnID: string, value: object): asn1X509.Extension {
  return new asn1X509.Extension({ extnID, critical: false, extnValue: new OctetString(AsnConvert.serialize(value)) });
}

/** Most certificates name just `localhost`; encode that once. */
const LOCALHOST_ONLY = toAsnExtension(new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'localhost' }]));

function altNamesExtension(altNames: string[]): asn1X509.Extension {
  if (altNames.length === 1 && altNames[0] === 'localhost') return LOCALHOST_ONLY;
  return toAsnExtension(new x509.SubjectAlternativeNameExtension(altNames.map(toGeneralName)));
}

function toGeneralName(name: string): x509.JsonGeneralName {
  const isIp = /^[0-9.]+$/.test(name) || name.includes(':');
  return isIp ? { type: 'ip', value: name } : { type: 'dns', value: name };
}

const issuers = new WeakMap<Identity, Issuer>();

/** The signing view of a CA identity (cached per identity). */
export function issuerOf(identity: Identity): Issuer {
  let issuer = issuers.get(identity);
  if (!issuer) {
    const asn = AsnConvert.parse(identity.cert.rawData, asn1X509.Certificate);
    const ski = identity.cert.getExtension(x509.SubjectKeyIdentifierExtension);
    issuer = {
      name: asn.tbsCertificate.subject,
      keyId: ski ? Buffer.from(ski.keyId, 'hex') : keyIdentifier(new Uint8Array(identity.cert.publicKey.rawData)),
      signingKey: identity.key,
      chainPem: chainToPem([identity.cert, ...identity.issuers]),
    };
    issuers.set(identity, issuer);
  }
  return issuer;
}

/** The signing view of a CA just issued with `issueCertificate`, without parsing it back. */
export function issuerFromIssued(issued: IssuedCertificate, key: KeyObject, parent: Issuer): Issuer {
  return { name: issued.subject, keyId: issued.keyId, signingKey: key, chainPem: issued.pem + parent.chainPem };
}

/** The signing view of a stored CA (its PEM certificate and key) under `parent`. */
export function issuerFromPem(certPem: string, keyPem: string, parent: Issuer): Issuer {
  const der = x509.PemConverter.decode(certPem)[0];
  if (!der) throw new Error('no certificate in PEM');
  const asn = AsnConvert.parse(der, asn1X509.Certificate);
  return {
    name: asn.tbsCertificate.subject,
    keyId: keyIdentifier(new Uint8Array(asn.tbsCertificate.subjectPublicKeyInfo.subjectPublicKey)),
    signingKey: createPrivateKey(keyPem),
    chainPem: certificatePem(der) + parent.chainPem,
  };
}

export async function createRootIdentity(commonName: string): Promise<Identity> {
  const keys = await generateKeyPair();
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial().toString('hex'),
    name: [{ O: [ORGANIZATION] }, { OU: ['CertificateAuthority'] }, { CN: [commonName] }],
    notBefore: new Date(now - CLOCK_SKEW_MS),
    notAfter: new Date(now + TEN_YEARS_MS),
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 3, true),
      new x509.KeyUsagesExtension(CA_KEY_USAGES, true),
      new x509.ExtendedKeyUsageExtension(SERVER_AND_CLIENT_AUTH),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert, key: KeyObject.from(keys.privateKey as Parameters<typeof KeyObject.from>[0]), issuers: [] };
}

/** A new identity (CA or leaf) with a fresh key, signed by `parent`. */
export function createChildIdentity(parent: Identity, commonName: string, options: { isCa: boolean; altNames?: string[] }): Identity {
  const keys = newKeyPair();
  const issued = issueCertificate(issuerOf(parent), { commonName, spki: keys.spki, ...options });
  return { cert: new x509.X509Certificate(issued.der), key: keys.privateKey, issuers: [parent.cert, ...parent.issuers] };
}

/** A client/server certificate for a key the requester holds, e.g. from a verified CSR. */
export function issueLeafCertificate(issuer: Issuer, commonName: string, spki: Uint8Array): IssuedCertificate {
  return issueCertificate(issuer, { commonName, spki, isCa: false, altNames: ['localhost'] });
}

export interface CertificateSigningRequest {
  commonName: string;
  /** DER SubjectPublicKeyInfo. */
  spki: Uint8Array;
  /** Raw SEC1 uncompressed public key (65 bytes, 04‖X‖Y). */
  publicKeyRaw: Buffer;
}

const EC_PUBLIC_KEY = '1.2.840.10045.2.1';
/** DER of the namedCurve OID prime256v1 (1.2.840.10045.3.1.7). */
const P256_PARAMETERS = Buffer.from('06082a8648ce3d030107', 'hex');
const COMMON_NAME = '2.5.4.3';

/**
 * Parses and verifies a PEM CSR. Anything that is not a well-formed P-256 CSR, self-signed with
 * ecdsa-with-SHA256 over its exact request-info bytes and with exactly one common name, is refused
 * with INVALID_ARGUMENT and a reason.
 */
export function parseCsr(pem: string | Uint8Array): CertificateSigningRequest {
  const text = typeof pem === 'string' ? pem : Buffer.from(pem).toString('utf8');
  if (!text.includes('-----BEGIN CERTIFICATE REQUEST-----')) {
    throw invalidArgument('csr must be a PEM certificate signing request (-----BEGIN CERTIFICATE REQUEST-----)');
  }
  let request: CertificationRequest;
  try {
    const der = x509.PemConverter.decode(text)[0];
    if (!der) throw new Error('no PEM block');
    request = AsnConvert.parse(der, CertificationRequest);
  } catch (cause) {
    throw invalidArgument(`csr could not be parsed: ${(cause as Error).message}`);
  }
  const info = request.certificationRequestInfo;
  const keyInfo = info.subjectPKInfo;
  const parameters = keyInfo.algorithm.parameters ? Buffer.from(keyInfo.algorithm.parameters) : undefined;
  if (keyInfo.algorithm.algorithm !== EC_PUBLIC_KEY || !parameters?.equals(P256_PARAMETERS)) {
    throw invalidArgument(`csr key must be ECDSA P-256, got algorithm ${keyInfo.algorithm.algorithm}`);
  }
  if (request.signatureAlgorithm.algorithm !== ECDSA_WITH_SHA256) {
    throw invalidArgument('csr must be signed with ecdsa-with-SHA256');
  }
  const spki = Buffer.from(AsnConvert.serialize(keyInfo));
  let signatureValid = false;
  try {
    const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
    signatureValid = verify('sha256', Buffer.from(request.certificationRequestInfoRaw!), { key, dsaEncoding: 'der' }, Buffer.from(request.signature));
  } catch (cause) {
    throw invalidArgument(`csr public key or signature is malformed: ${(cause as Error).message}`);
  }
  if (!signatureValid) throw invalidArgument('csr signature does not match its public key');
  const commonNames = info.subject.flatMap((rdn) => rdn.filter((attribute) => attribute.type === COMMON_NAME).map((attribute) => attribute.value.toString()));
  if (commonNames.length !== 1) {
    throw invalidArgument(`csr subject must have exactly one CN, found ${commonNames.length}`);
  }
  return { commonName: commonNames[0]!, spki, publicKeyRaw: Buffer.from(spki.subarray(spki.length - 65)) };
}

export function toPem(identity: Identity): IdentityPem {
  const keyPem = identity.key.export({ type: 'pkcs8', format: 'pem' }) as string;
  const certPem = identity.cert.toString('pem');
  return { certPem, keyPem, chainPem: chainToPem([identity.cert, ...identity.issuers]) };
}

export function chainToPem(certs: x509.X509Certificate[]): string {
  return certs.map((cert) => certificatePem(cert.rawData)).join('');
}

export function identityFromPem(chainPem: string, keyPem: string): Identity {
  const [cert, ...rest] = x509.PemConverter.decode(chainPem).map((der) => new x509.X509Certificate(der));
  if (!cert) throw new Error('no certificate in PEM');
  return { cert, key: createPrivateKey(keyPem), issuers: rest };
}

export function commonNameOf(cert: x509.X509Certificate): string {
  return cert.subjectName.getField('CN')[0] ?? '';
}

export { x509 };
