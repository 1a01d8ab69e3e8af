import { readFile, writeFile, rename } from 'node:fs/promises';
import { X509Certificate } from 'node:crypto';
import protobuf from 'protobufjs';
import { identityFromCommonName } from '@greenhouse/common';

/**
 * Greenlight's `creds` blob (gl-client `credentials.rs`, `model::Data`): not in any .proto file,
 * so described here field by field.
 */
const DeviceMessage = new protobuf.Type('Device')
  .add(new protobuf.Field('version', 1, 'uint32'))
  .add(new protobuf.Field('cert', 2, 'bytes'))
  .add(new protobuf.Field('key', 3, 'bytes'))
  .add(new protobuf.Field('ca', 4, 'bytes'))
  .add(new protobuf.Field('rune', 5, 'string'));

export const CREDENTIALS_VERSION = 1;

/** A device's credentials: its certificate chain, its own key, the CA to trust, and its rune. */
export class Credentials {
  constructor(
    readonly certPem: string,
    readonly keyPem: string,
    readonly caPem: string,
    readonly rune: string,
  ) {}

  /** Decodes a `creds` blob; unlike gl-client, a blob that does not decode is an error, not NOBODY. */
  static fromBytes(bytes: Uint8Array): Credentials {
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
    return new Credentials(text(decoded.cert), text(decoded.key), text(decoded.ca), decoded.rune ?? '');
  }

  toBytes(): Buffer {
    const message = DeviceMessage.fromObject({
      version: CREDENTIALS_VERSION,
      cert: Buffer.from(this.certPem),
      key: Buffer.from(this.keyPem),
      ca: Buffer.from(this.caPem),
      rune: this.rune,
    });
    return Buffer.from(DeviceMessage.encode(message).finish());
  }

  static async load(file: string): Promise<Credentials> {
    return Credentials.fromBytes(await readFile(file));
  }

  /** Writes the blob with mode 0600, atomically: it holds the device's private key. */
  async save(file: string): Promise<void> {
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, this.toBytes(), { mode: 0o600 });
    await rename(temporary, file);
  }

  /** The node these credentials act for, from the device certificate's CN. */
  nodeId(): Buffer {
    const identity = identityFromCommonName(commonName(this.certPem));
    if (identity?.kind !== 'device') throw new Error('these credentials do not hold a device certificate of a node');
    return identity.nodeId;
  }
}

function commonName(certPem: string): string {
  const subject = new X509Certificate(certPem).subject;
  return subject.split('\n').find((line) => line.startsWith('CN='))?.slice(3) ?? '';
}
