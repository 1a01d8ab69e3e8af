/**
 * SHA-256 whose chaining state ("midstate") can be read and resumed.
 *
 * A rune's authcode *is* the SHA-256 chaining state after hashing the padded secret and each padded
 * restriction, and appending a restriction to a rune without knowing the secret means resuming
 * SHA-256 from that published state (a deliberate length extension). @noble/hashes only has that
 * state in protected members of its internal `_SHA256` class (`get`/`set`, plus a private byte
 * counter and block buffer); subclassing it to reach them would tie runes to implementation details
 * that can change in any release. The compression function below is FIPS 180-4 §6.2.2, short,
 * and tested against noble's `sha256` on whole messages.
 */

const BLOCK_BYTES = 64;
const LENGTH_FIELD_BYTES = 8;

/** FIPS 180-4 §4.2.2: first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
// prettier-ignore
const K = Uint32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** FIPS 180-4 §5.3.3: the initial hash value H(0). */
// prettier-ignore
const INITIAL_WORDS = Uint32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

/**
 * One application of the compression function to the block at `offset`, updating `h` in place.
 * Typed-array reads are asserted with `!`: every index below is in range by construction.
 */
function compressBlock(h: Uint32Array, view: DataView, offset: number, w: Uint32Array): void {
  for (let t = 0; t < 16; t++) w[t] = view.getUint32(offset + 4 * t, false);
  for (let t = 16; t < 64; t++) {
    const w15 = w[t - 15]!;
    const w2 = w[t - 2]!;
    const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3);
    const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10);
    w[t] = w[t - 16]! + s0 + w[t - 7]! + s1;
  }
  let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, hh = h[7]!;
  for (let t = 0; t < 64; t++) {
    const sum1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
    const choose = (e & f) ^ (~e & g);
    const t1 = (hh + sum1 + choose + K[t]! + w[t]!) | 0;
    const sum0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
    const majority = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (sum0 + majority) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  // Uint32Array stores reduce modulo 2^32, which is exactly SHA-256's word addition.
  h[0] = h[0]! + a;
  h[1] = h[1]! + b;
  h[2] = h[2]! + c;
  h[3] = h[3]! + d;
  h[4] = h[4]! + e;
  h[5] = h[5]! + f;
  h[6] = h[6]! + g;
  h[7] = h[7]! + hh;
}

/**
 * An immutable SHA-256 state between whole blocks: the eight chaining words plus how many bytes
 * went into them (always a multiple of 64; the final length field needs it).
 */
export class Sha256Midstate {
  private constructor(
    private readonly words: Uint32Array,
    readonly bytesHashed: number,
  ) {}

  static initial(): Sha256Midstate {
    return new Sha256Midstate(INITIAL_WORDS.slice(), 0);
  }

  /** Resume from a 32-byte state as printed by `toBytes` (big-endian words, like a digest). */
  static fromBytes(state: Uint8Array, bytesHashed: number): Sha256Midstate {
    if (state.length !== 32) throw new RangeError(`a SHA-256 state is 32 bytes, got ${state.length}`);
    if (!Number.isSafeInteger(bytesHashed) || bytesHashed < 0 || bytesHashed % BLOCK_BYTES !== 0) {
      throw new RangeError(`bytes hashed must be a whole number of 64-byte blocks, got ${bytesHashed}`);
    }
    const view = new DataView(state.buffer, state.byteOffset, state.byteLength);
    const words = new Uint32Array(8);
    for (let i = 0; i < 8; i++) words[i] = view.getUint32(4 * i, false);
    return new Sha256Midstate(words, bytesHashed);
  }

  /** Absorb whole blocks; padding is the caller's business (runes place it themselves). */
  absorbBlocks(blocks: Uint8Array): Sha256Midstate {
    if (blocks.length % BLOCK_BYTES !== 0) {
      throw new RangeError(`SHA-256 absorbs whole 64-byte blocks, got ${blocks.length} bytes`);
    }
    const words = this.words.slice();
    const schedule = new Uint32Array(64);
    const view = new DataView(blocks.buffer, blocks.byteOffset, blocks.byteLength);
    for (let offset = 0; offset < blocks.length; offset += BLOCK_BYTES) compressBlock(words, view, offset, schedule);
    return new Sha256Midstate(words, this.bytesHashed + blocks.length);
  }

  /** The state as 32 big-endian bytes; after the final padding block this is the digest. */
  toBytes(): Uint8Array {
    const out = new Uint8Array(32);
    const view = new DataView(out.buffer);
    for (let i = 0; i < 8; i++) view.setUint32(4 * i, this.words[i]!, false);
    return out;
  }
}

/**
 * SHA-256's end-of-message padding for a stream of `totalBytes` bytes: 0x80, zeros up to 8 bytes
 * short of a block boundary, then the bit length as a big-endian u64. Runes also use it between
 * the secret and each restriction, so every field ends on a block boundary.
 */
export function sha256EndMarker(totalBytes: number): Uint8Array {
  if (!Number.isSafeInteger(totalBytes) || totalBytes < 0) throw new RangeError(`invalid length ${totalBytes}`);
  const zeros = (BLOCK_BYTES - ((totalBytes + 1 + LENGTH_FIELD_BYTES) % BLOCK_BYTES)) % BLOCK_BYTES;
  const marker = new Uint8Array(1 + zeros + LENGTH_FIELD_BYTES);
  marker[0] = 0x80;
  new DataView(marker.buffer).setBigUint64(marker.length - LENGTH_FIELD_BYTES, BigInt(totalBytes) * 8n, false);
  return marker;
}

/** Absorb `data` followed by its end marker (the length counts everything hashed before it too). */
export function absorbWithEndMarker(state: Sha256Midstate, data: Uint8Array): Sha256Midstate {
  const marker = sha256EndMarker(state.bytesHashed + data.length);
  const padded = new Uint8Array(data.length + marker.length);
  padded.set(data, 0);
  padded.set(marker, data.length);
  return state.absorbBlocks(padded);
}

/** How many bytes `absorbWithEndMarker` adds for `dataBytes` of data starting at `bytesHashed`. */
export function paddedLength(bytesHashed: number, dataBytes: number): number {
  return dataBytes + sha256EndMarker(bytesHashed + dataBytes).length;
}
