import { describe, expect, it } from 'vitest';
import { X509Certificate } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { generateKeyPairSync } from 'node:crypto';
import { createChildIdentity, createRootIdentity, generateKeyPair, issueLeafCertificate, issuerOf, parseCsr, x509 } from '../src/pki.ts';

async function csrPem(name: string): Promise<string> {
  const keys = await generateKeyPair();
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({ name, keys, signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } });
  return csr.toString('pem');
}

describe('PKI', () => {
  it('issues leaf certificates that OpenSSL verifies against their CA chain', async () => {
    const root = await createRootIdentity('GL /');
    const users = createChildIdentity(root, 'GL /users', { isCa: true });
    const csr = parseCsr(await csrPem('CN=/users/02aa/default'));
    const leaf = new X509Certificate(issueLeafCertificate(issuerOf(users), csr.commonName, csr.spki).pem);
    const usersCert = new X509Certificate(users.cert.toString('pem'));
    const rootCert = new X509Certificate(root.cert.toString('pem'));
    expect(leaf.subject).toContain('CN=/users/02aa/default');
    expect(leaf.checkIssued(usersCert) && leaf.verify(usersCert.publicKey)).toBe(true);
    expect(usersCert.checkIssued(rootCert) && usersCert.verify(rootCert.publicKey)).toBe(true);
    expect(leaf.ca).toBe(false);
    expect(usersCert.ca).toBe(true);
    expect(leaf.publicKey.export({ format: 'der', type: 'spki' })).toEqual(Buffer.from(csr.spki));
  });

  it('refuses garbage, non-P-256 keys and CSRs without exactly one CN with INVALID_ARGUMENT', async () => {
    expect(() => parseCsr('hello')).toThrow(expect.objectContaining({ code: status.INVALID_ARGUMENT, message: expect.stringContaining('PEM') }));
    expect(() => parseCsr('-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n')).toThrow(expect.objectContaining({ code: status.INVALID_ARGUMENT }));
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const rsaKeys = {
      publicKey: await crypto.subtle.importKey('spki', rsa.publicKey.export({ format: 'der', type: 'spki' }), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['verify']),
      privateKey: await crypto.subtle.importKey('pkcs8', rsa.privateKey.export({ format: 'der', type: 'pkcs8' }), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['sign']),
    };
    const rsaCsr = await x509.Pkcs10CertificateRequestGenerator.create({ name: 'CN=x', keys: rsaKeys, signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } });
    expect(() => parseCsr(rsaCsr.toString('pem'))).toThrow(/P-256/);
    const twoNames = await csrPem('CN=a, CN=b');
    expect(() => parseCsr(twoNames)).toThrow(/exactly one CN/);
  });

  it('refuses a CSR whose signature does not match its key', async () => {
    const pem = await csrPem('CN=/users/02aa/default');
    const der = Buffer.from(x509.PemConverter.decode(pem)[0]!);
    der[der.length - 5]! ^= 0x01; // flip a bit in the signature
    const tampered = x509.PemConverter.encode(der, 'CERTIFICATE REQUEST');
    expect(() => parseCsr(tampered)).toThrow(expect.objectContaining({ code: status.INVALID_ARGUMENT }));
  });
});
