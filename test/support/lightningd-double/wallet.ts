// On-chain addresses for the lightningd TEST DOUBLE's `newaddr`: derived like lightningd derives
// them, from the BIP32 base key hsmd gave in its init reply (child `index`, public derivation),
// as P2WPKH (bech32) or a BIP86-style key-path P2TR (bech32m). The double has no wallet beyond
// that: nothing is watched, `listfunds` stays empty.
import { createHash, createHmac } from 'node:crypto';
import { bech32, bech32m } from '@scure/base';
import { secp256k1 } from '@noble/curves/secp256k1.js';

/** Segwit HRPs by CLN network name. */
const SEGWIT_HRP: Record<string, string> = { bitcoin: 'bc', testnet: 'tb', testnet4: 'tb', signet: 'tb', regtest: 'bcrt' };

/** BIP32 CKDpub of a 78-byte serialized extended public key: the compressed child key. */
export function deriveChildPublicKey(extKey: Uint8Array, index: number): Buffer {
  if (extKey.length !== 78) throw new Error('an extended key is 78 bytes');
  if (index < 0 || index >= 0x80000000) throw new Error('public derivation needs a non-hardened index');
  const chainCode = extKey.subarray(13, 45);
  const parent = extKey.subarray(45, 78);
  const data = Buffer.alloc(37);
  data.set(parent, 0);
  data.writeUInt32BE(index, 33);
  const digest = createHmac('sha512', chainCode).update(data).digest();
  const tweak = BigInt(`0x${digest.subarray(0, 32).toString('hex')}`);
  const child = secp256k1.Point.BASE.multiply(tweak).add(secp256k1.Point.fromBytes(parent));
  return Buffer.from(child.toBytes(true));
}

export function p2wpkhAddress(network: string, publicKey: Uint8Array): string {
  const hash160 = createHash('ripemd160').update(createHash('sha256').update(publicKey).digest()).digest();
  return bech32.encode(hrp(network), [0, ...bech32.toWords(hash160)]);
}

/** Key-path-only P2TR: the x-only key tweaked with TapTweak(P) (BIP86). */
export function p2trAddress(network: string, publicKey: Uint8Array): string {
  let point = secp256k1.Point.fromBytes(publicKey);
  if (point.toBytes(true)[0] === 3) point = point.negate();
  const xOnly = point.toBytes(true).subarray(1);
  const tag = createHash('sha256').update('TapTweak').digest();
  const tweak = BigInt(`0x${createHash('sha256').update(tag).update(tag).update(xOnly).digest('hex')}`);
  const output = point.add(secp256k1.Point.BASE.multiply(tweak)).toBytes(true).subarray(1);
  return bech32m.encode(hrp(network), [1, ...bech32m.toWords(output)]);
}

function hrp(network: string): string {
  const prefix = SEGWIT_HRP[network];
  if (!prefix) throw new Error(`no address prefix for network ${network}`);
  return prefix;
}
