import { webcrypto } from 'node:crypto';
import { generateKeyPair, x509 } from '@greenhouse/common';

export interface DeviceKey {
  /** PKCS#8 PEM of the device's P-256 key; it never leaves the device. */
  keyPem: string;
  /** PEM certificate signing request with CN /users/<node_id>/<device>. */
  csrPem: string;
  /** SEC1 uncompressed public key, 65 bytes. */
  publicKey: Buffer;
}

/**
 * A fresh P-256 key and a CSR for it, as Greenlight clients make them: the scheduler signs the CSR,
 * the key stays here.
 */
export async function createDeviceKey(commonName: string): Promise<DeviceKey> {
  const keys = await generateKeyPair();
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name: [{ CN: [commonName] }],
    keys,
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    extensions: [new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'localhost' }])],
  });
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  const raw = await webcrypto.subtle.exportKey('raw', keys.publicKey);
  return {
    keyPem: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY'),
    csrPem: csr.toString('pem'),
    publicKey: Buffer.from(raw),
  };
}
