import {
  issueCertificate,
  issueLeafCertificate,
  issuerFromIssued,
  issuerFromPem,
  newKeyPair,
  parseCsr,
  userCommonName,
  type Issuer,
} from '@greenhouse/common';

/** A per-user CA `GL /users/<node_id>`: the only issuer of that node's device certificates. */
export interface UserCa {
  certPem: string;
  keyPem: string;
}

export interface InspectedCsr {
  commonName: string;
  spki: Uint8Array;
  publicKeyRaw: Buffer;
}

export interface IssuedDevice {
  /** The device certificate followed by its issuers up to the root (Greenlight's `device_cert`). */
  chainPem: string;
  serial: string;
}

/** Verifies a CSR's signature and reads its subject and key. */
export function inspectCsr(csr: Uint8Array): InspectedCsr {
  const { commonName, spki, publicKeyRaw } = parseCsr(csr);
  return { commonName, spki, publicKeyRaw };
}

/** Creates the node's own CA under `GL /users` and signs the first device under it. */
export function issueForNewNode(users: Issuer, nodeId: Buffer, commonName: string, spki: Uint8Array): IssuedDevice & { userCa: UserCa } {
  const keys = newKeyPair();
  const caCertificate = issueCertificate(users, { commonName: userCommonName(nodeId), spki: keys.spki, isCa: true });
  const userCa = issuerFromIssued(caCertificate, keys.privateKey, users);
  return {
    ...issueUnder(userCa, commonName, spki),
    userCa: { certPem: caCertificate.pem, keyPem: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string },
  };
}

/** Signs another device under the node's existing CA. */
export function issueForKnownNode(users: Issuer, userCa: UserCa, commonName: string, spki: Uint8Array): IssuedDevice {
  return issueUnder(issuerFromPem(userCa.certPem, userCa.keyPem, users), commonName, spki);
}

function issueUnder(userCa: Issuer, commonName: string, spki: Uint8Array): IssuedDevice {
  const device = issueLeafCertificate(userCa, commonName, spki);
  return { chainPem: device.pem + userCa.chainPem, serial: device.serial };
}
