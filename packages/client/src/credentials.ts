import { readFile, writeFile, rename } from 'node:fs/promises';
import { X509Certificate } from 'node:crypto';
import { CREDENTIALS_VERSION, decodeCredsBlob, encodeCredsBlob, identityFromCommonName } from '@greenhouse/common';

export { CREDENTIALS_VERSION };

/** A device's credentials: its certificate chain, its own key, the CA to trust, and its rune. */
export class Credentials {
  constructor(
    readonly certPem: string,
    readonly keyPem: string,
    readonly caPem: string,
    readonly rune: string,
  ) {}

  /** Decodes a `creds` blob (research/greenlight.md §2.6); one that does not decode is an error, not NOBODY. */
  static fromBytes(bytes: Uint8Array): Credentials {
    const { certPem, keyPem, caPem, rune } = decodeCredsBlob(bytes);
    return new Credentials(certPem, keyPem, caPem, rune);
  }

  toBytes(): Buffer {
    return encodeCredsBlob(this);
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
