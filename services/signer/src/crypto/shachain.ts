// BOLT #3 per-commitment secrets ("shachain", ccan/crypto/shachain + common/derive_basepoints.c).
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { assertLength } from './bytes.ts';

const SHACHAIN_BITS = 48;
const MAX_INDEX = 2 ** SHACHAIN_BITS - 1;
const LOW_BITS = 24;
const LOW_MASK = 2 ** LOW_BITS;

/**
 * BOLT #3 `generate_from_seed(seed, I)`: for each bit b of I from 47 down to 0 that is set, flip
 * bit b of the running value (byte b/8, bit b%8) and hash it. I must be below 2^48.
 */
export function shachainFromSeed(seed: Uint8Array, index: number | bigint): Uint8Array {
  assertLength(seed, 32, 'shachain seed');
  const i = Number(index);
  if (!Number.isSafeInteger(i) || i < 0 || i > MAX_INDEX) throw new RangeError(`shachain index ${index} out of range`);
  // 48-bit index split into two 24-bit halves: JS bitwise operators only work on 32 bits.
  const high = Math.floor(i / LOW_MASK);
  const low = i % LOW_MASK;
  let value = Uint8Array.from(seed);
  for (let bit = SHACHAIN_BITS - 1; bit >= 0; bit--) {
    const set = bit >= LOW_BITS ? (high >>> (bit - LOW_BITS)) & 1 : (low >>> bit) & 1;
    if (set) {
      value[bit >> 3]! ^= 1 << (bit & 7);
      value = sha256(value);
    }
  }
  return value;
}

/** Commitment n's secret: CLN counts commitments up while shachain indexes count down from 2^48-1. */
export function perCommitmentSecret(shaseed: Uint8Array, commitmentNumber: number | bigint): Uint8Array {
  const n = Number(commitmentNumber);
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_INDEX) {
    throw new RangeError(`commitment number ${commitmentNumber} out of range`);
  }
  return shachainFromSeed(shaseed, MAX_INDEX - n);
}

/** per_commitment_point = per_commitment_secret·G, compressed. */
export function perCommitmentPoint(shaseed: Uint8Array, commitmentNumber: number | bigint): Uint8Array {
  return secp256k1.getPublicKey(perCommitmentSecret(shaseed, commitmentNumber), true);
}
