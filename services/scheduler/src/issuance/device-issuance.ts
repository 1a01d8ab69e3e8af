import {
  deviceCommonName,
  invalidArgument,
  isValidDeviceName,
  issueCertificate,
  issueLeafCertificate,
  issuerFromIssued,
  issuerFromPem,
  newKeyPair,
  parseCsr,
  permissionDenied,
  userCommonName,
  type Issuer,
} from '@greenhouse/common';

/** A per-user CA `GL /users/<node_id>`: the only issuer of that node's device certificates. */
export interface UserCa {
  certPem: string;
  keyPem: string;
}

export interface IssuedDevice {
  deviceName: string;
  /** SEC1 uncompressed P-256 key of the device. */
  publicKey: Buffer;
  /** The device certificate followed by its issuers up to the root (Greenlight's `device_cert`). */
  chainPem: string;
  serial: string;
}

/** Creates the node's own CA under `GL /users` and signs the device of `csr` under it. */
export function issueForNewNode(users: Issuer, nodeId: Buffer, csr: Uint8Array): IssuedDevice & { userCa: UserCa } {
  const request = checkDeviceCsr(csr, nodeId);
  const keys = newKeyPair();
  const caCertificate = issueCertificate(users, { commonName: userCommonName(nodeId), spki: keys.spki, isCa: true });
  const userCa = issuerFromIssued(caCertificate, keys.privateKey, users);
  return {
    ...issueUnder(userCa, request),
    userCa: { certPem: caCertificate.pem, keyPem: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string },
  };
}

/** Signs the device of `csr` under the node's existing CA. */
export function issueForKnownNode(users: Issuer, userCa: UserCa, nodeId: Buffer, csr: Uint8Array): IssuedDevice {
  const request = checkDeviceCsr(csr, nodeId);
  return issueUnder(issuerFromPem(userCa.certPem, userCa.keyPem, users), request);
}

/**
 * Signs a paired device's CSR under the node's CA. The new device did not know its node when it
 * made the CSR (CN `/users/3030/<name>`), so the subject is rewritten to
 * `/users/<node_id>/<device_name>`; PairDevice checked the CSR's key and shape already.
 */
export function issueForPairedDevice(users: Issuer, userCa: UserCa, nodeId: Buffer, csr: Uint8Array, deviceName: string): IssuedDevice {
  const { spki, publicKeyRaw } = parseCsr(csr);
  if (!isValidDeviceName(deviceName)) throw invalidArgument(`device name "${deviceName}" is not valid`);
  const request = { commonName: deviceCommonName(nodeId, deviceName), deviceName, spki, publicKeyRaw };
  return issueUnder(issuerFromPem(userCa.certPem, userCa.keyPem, users), request);
}

interface DeviceRequest {
  commonName: string;
  deviceName: string;
  spki: Uint8Array;
  publicKeyRaw: Buffer;
}

/** A valid CSR whose CN is `/users/<this node>/<device name>`. */
export function checkDeviceCsr(csr: Uint8Array, nodeId: Buffer): DeviceRequest {
  const { commonName, spki, publicKeyRaw } = parseCsr(csr);
  const parts = commonName.split('/');
  if (parts.length !== 4 || parts[0] !== '' || parts[1] !== 'users') {
    throw invalidArgument(`csr CN must be /users/<node_id hex>/<device name>, got "${commonName}"`);
  }
  if (parts[2] !== nodeId.toString('hex')) {
    throw permissionDenied(`csr CN names node ${parts[2]}, but the request is for node ${nodeId.toString('hex')}`);
  }
  const deviceName = parts[3]!;
  if (!isValidDeviceName(deviceName)) {
    throw invalidArgument(
      `device name "${deviceName}" in the csr CN must be 1-64 characters: letters, digits, space, '.', '_' or '-'`,
    );
  }
  if (commonName !== deviceCommonName(nodeId, deviceName)) throw invalidArgument(`csr CN "${commonName}" is not canonical`);
  return { commonName, deviceName, spki, publicKeyRaw };
}

function issueUnder(userCa: Issuer, request: DeviceRequest): IssuedDevice {
  const device = issueLeafCertificate(userCa, request.commonName, request.spki);
  return { deviceName: request.deviceName, publicKey: request.publicKeyRaw, chainPem: device.pem + userCa.chainPem, serial: device.serial };
}
