// What `lightning-hsmtool dumponchaindescriptors <hsm_secret> [network]` prints
// (tools/lightning-hsmtool.c at v26.06.6), so a user can import the wallet elsewhere.
//
// The xpub in those lines is NOT the `bip32` key of the hsmd init reply:
//   * 32-byte secret: the legacy BIP32 *master* m (depth 0), with the remaining path "0/0/*";
//   * 64-byte secret: the BIP86 account key m/86'/0'/0' (depth 3), with the remaining path "0/*".
import { deriveBip86Master, deriveLegacyBip32Master, MAINNET_BIP32_VERSIONS, TESTNET_BIP32_VERSIONS } from './bip32-root.ts';
import { rootSecretBytes, type RootSecret } from './hsm-secret.ts';

/** hsmtool accepts only these: testnet versions for testnet/testnet4/signet, and refuses regtest outright. */
export type HsmtoolNetwork = 'bitcoin' | 'testnet' | 'testnet4' | 'signet';

export interface OnchainDescriptors {
  /** The extended public key hsmtool prints (see the module comment for which key it is). */
  readonly xpub: string;
  /** Path from that key to the address keys, without the final "/*". */
  readonly path: '0/0' | '0';
  /** wpkh(…), sh(wpkh(…)), tr(…), each with its "#checksum", in hsmtool's order. */
  readonly descriptors: readonly [string, string, string];
}

export function dumpOnchainDescriptors(secret: RootSecret, network: HsmtoolNetwork = 'bitcoin'): OnchainDescriptors {
  const versions = network === 'bitcoin' ? MAINNET_BIP32_VERSIONS : TESTNET_BIP32_VERSIONS;
  const bytes = rootSecretBytes(secret);
  const mnemonic = bytes.length === 64;
  // hsmtool's legacy branch feeds HKDF only S[0..32]; that is all of S for a 32-byte secret.
  const key = mnemonic
    ? deriveBip86Master(bytes, versions).derive("m/86'/0'/0'")
    : deriveLegacyBip32Master(bytes.subarray(0, 32), versions);
  const xpub = key.publicExtendedKey;
  const path = mnemonic ? '0' : '0/0';
  const bodies = [`wpkh(${xpub}/${path}/*)`, `sh(wpkh(${xpub}/${path}/*))`, `tr(${xpub}/${path}/*)`] as const;
  return {
    xpub,
    path,
    descriptors: [withChecksum(bodies[0]), withChecksum(bodies[1]), withChecksum(bodies[2])],
  };
}

// BIP380 descriptor checksum (Bitcoin Core's DescriptorChecksum). No maintained small package
// provides it, and it is a fixed 40-bit BCH code over this character set.
const INPUT_CHARSET =
  '0123456789()[],\'/*abcdefgh@:$%{}' + 'IJKLMNOPQRSTUVWXYZ&+-.;<=>?!^_|~' + 'ijklmnopqrstuvwxyzABCDEFGH`#"\\ ';
const CHECKSUM_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0xf5dee51989n, 0xa9fdca3312n, 0x1bab10e32dn, 0x3706b1677an, 0x644d626ffdn];

function polymod(checksum: bigint, value: number): bigint {
  const top = checksum >> 35n;
  let next = ((checksum & 0x7ffffffffn) << 5n) ^ BigInt(value);
  for (let i = 0; i < 5; i++) if ((top >> BigInt(i)) & 1n) next ^= GENERATOR[i]!;
  return next;
}

/** The 8-character checksum Bitcoin Core appends after '#'. */
export function descriptorChecksum(descriptor: string): string {
  let checksum = 1n;
  let groups = 0;
  let groupCount = 0;
  for (const char of descriptor) {
    const position = INPUT_CHARSET.indexOf(char);
    if (position < 0) throw new Error(`invalid descriptor character ${JSON.stringify(char)}`);
    checksum = polymod(checksum, position & 31);
    groups = groups * 3 + (position >> 5);
    if (++groupCount === 3) {
      checksum = polymod(checksum, groups);
      groups = 0;
      groupCount = 0;
    }
  }
  if (groupCount > 0) checksum = polymod(checksum, groups);
  for (let i = 0; i < 8; i++) checksum = polymod(checksum, 0);
  checksum ^= 1n;
  let out = '';
  for (let i = 0; i < 8; i++) out += CHECKSUM_CHARSET[Number((checksum >> BigInt(5 * (7 - i))) & 31n)];
  return out;
}

function withChecksum(descriptor: string): string {
  return `${descriptor}#${descriptorChecksum(descriptor)}`;
}
