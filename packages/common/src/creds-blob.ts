import protobuf from 'protobufjs';

/**
 * Greenlight's `creds` blob (gl-client `credentials.rs`, `model::Data`; research/greenlight.md
 * §2.6): not in any .proto file, so described here field by field. The client SDK reads and
 * writes it; the scheduler writes it into PairDeviceResponse.creds.
 */
const DeviceMessage = new protobuf.Type('Device')
  .add(new protobuf.Field('version', 1, 'uint32'))
  .add(new protobuf.Field('cert', 2, 'bytes'))
  .add(new protobuf.Field('key', 3, 'bytes'))
  .add(new protobuf.Field('ca', 4, 'bytes'))
  .add(new protobuf.Field('rune', 5, 'string'));

export const CREDENTIALS_VERSION = 1;

export interface CredsBlob {
  /** PEM chain of the device certificate. */
  certPem: string;
  /** PKCS#8 PEM of the device key; empty when the holder of the blob does not have it. */
  keyPem: string;
  /** PEM root CA to trust. */
  caPem: string;
  rune: string;
}

export function encodeCredsBlob(creds: CredsBlob): Buffer {
  const message = DeviceMessage.fromObject({
    version: CREDENTIALS_VERSION,
    cert: Buffer.from(creds.certPem),
    key: Buffer.from(creds.keyPem),
    ca: Buffer.from(creds.caPem),
    rune: creds.rune,
  });
  return Buffer.from(DeviceMessage.encode(message).finish());
}

/** Decodes a `creds` blob; unlike gl-client, a blob that does not decode is an error, not NOBODY. */
export function decodeCredsBlob(bytes: Uint8Array): CredsBlob {
  let decoded: { version?: number; cert?: Uint8Array; key?: Uint8Array; ca?: Uint8Array; rune?: string };
  try {
    decoded = DeviceMessage.toObject(DeviceMessage.decode(bytes)) as typeof decoded;
  } catch (cause) {
    throw new Error(`not a creds file: ${(cause as Error).message}`);
  }
  if (decoded.version !== CREDENTIALS_VERSION) {
    throw new Error(`unsupported creds version ${decoded.version ?? 'none'} (expected ${CREDENTIALS_VERSION})`);
  }
  const text = (value?: Uint8Array) => Buffer.from(value ?? []).toString('utf8');
  return { certPem: text(decoded.cert), keyPem: text(decoded.key), caPem: text(decoded.ca), rune: decoded.rune ?? '' };
}
