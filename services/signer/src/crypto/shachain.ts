// BOLT #3 per-commitment secrets ("shachain", ccan/crypto/shachain + common/derive_basepoints.c).
import { sha256 } from '@noble/hashes/sha2.js';
import { assertLength } from './bytes.ts';
import { publicKeyOf } from './libsecp256k1.ts';

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
  return publicKeyOf(perCommitmentSecret(shaseed, commitmentNumber));
}

/** One element of the compact store: a secret that can derive every index sharing its high bits. */
export interface ShachainKnown {
  readonly index: number;
  readonly secret: Uint8Array;
}

/** `derive_secret(base, bits, I)` of BOLT #3: flip and hash the lowest `bits` bits of I that are set. */
function deriveFrom(base: Uint8Array, bits: number, index: number): Uint8Array {
  const high = Math.floor(index / LOW_MASK);
  const low = index % LOW_MASK;
  let value = Uint8Array.from(base);
  for (let bit = bits - 1; bit >= 0; bit--) {
    const set = bit >= LOW_BITS ? (high >>> (bit - LOW_BITS)) & 1 : (low >>> bit) & 1;
    if (set) {
      value[bit >> 3]! ^= 1 << (bit & 7);
      value = sha256(value);
    }
  }
  return value;
}

/** Number of trailing zero bits of a 48-bit index (48 for 0). */
function trailingZeros(index: number): number {
  for (let bit = 0; bit < SHACHAIN_BITS; bit++) if (Math.floor(index / 2 ** bit) % 2 === 1) return bit;
  return SHACHAIN_BITS;
}

/**
 * BOLT #3 "Efficient Per-commitment Secret Storage" (CLN's ccan/crypto/shachain): the secrets a peer
 * revealed, kept in at most 49 entries. Secrets must arrive in order (0, 1, 2, …,
 * or from wherever a signer that joined late first saw them); a repeat of a known secret is accepted.
 */
export class ShachainReceiver {
  private readonly known: (ShachainKnown | undefined)[];

  constructor(known: readonly (ShachainKnown | undefined)[] = []) {
    this.known = [...known];
  }

  /** The entries to persist (position = number of trailing zeros of the index). */
  get entries(): readonly (ShachainKnown | undefined)[] {
    return this.known;
  }

  /** The lowest commitment number we cannot derive yet (0 when empty). */
  get nextCommitment(): number {
    let lowest: number | undefined;
    for (const entry of this.known) if (entry && (lowest === undefined || entry.index < lowest)) lowest = entry.index;
    return lowest === undefined ? 0 : MAX_INDEX - lowest + 1;
  }

  /**
   * Adds the secret of commitment `commitmentNumber`. Returns why not when it contradicts a secret
   * received before (the peer's secrets do not come from one seed) or arrives out of order.
   */
  add(commitmentNumber: number, secret: Uint8Array): string | undefined {
    assertLength(secret, 32, 'per-commitment secret');
    if (this.known.some((entry) => entry !== undefined)) {
      const expected = this.nextCommitment;
      if (commitmentNumber < expected) {
        const known = this.secret(commitmentNumber);
        return known && equalBytes(known, secret) ? undefined : `secret for commitment ${commitmentNumber} differs from the one received before`;
      }
      if (commitmentNumber !== expected) return `secret for commitment ${commitmentNumber} arrived before the one for commitment ${expected}`;
    }
    const index = MAX_INDEX - commitmentNumber;
    const position = trailingZeros(index);
    for (let b = 0; b < position; b++) {
      const entry = this.known[b];
      if (entry && !equalBytes(deriveFrom(secret, position, entry.index), entry.secret)) {
        return `secret for commitment ${commitmentNumber} does not derive the secret of commitment ${MAX_INDEX - entry.index}`;
      }
    }
    this.known[position] = { index, secret: Uint8Array.from(secret) };
    return undefined;
  }

  /** The secret of an already revealed commitment, or undefined. */
  secret(commitmentNumber: number): Uint8Array | undefined {
    const index = MAX_INDEX - commitmentNumber;
    for (let b = 0; b < this.known.length; b++) {
      const entry = this.known[b];
      if (!entry) continue;
      // entry b can derive every index equal to its own above bit b.
      if (Math.floor(index / 2 ** b) === Math.floor(entry.index / 2 ** b) && index >= entry.index) {
        return deriveFrom(entry.secret, b, index);
      }
    }
    return undefined;
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
