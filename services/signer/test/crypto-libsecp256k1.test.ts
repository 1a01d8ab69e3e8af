// libsecp256k1 (WebAssembly) against @noble/curves: the same signatures, public keys and ECDH
// secrets byte for byte, and the same refusals (high-S, r or s out of range, bad points and keys).
// The hsmd vectors (hsmd-channels.test.ts, crypto-*.test.ts) check both against CLN's lightning_hsmd.
import { describe, expect, it } from 'vitest';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { ecdhSha256, ecdsaSign, ecdsaSignRecoverable, ecdsaVerify, publicKeyOf, publicKeysTweakMulCombine, publicKeyTweakAdd } from '../src/crypto/libsecp256k1.ts';
import { deriveRevocationPublicKey, deriveSimplePublicKey } from '../src/crypto/commitment-keys.ts';

const N = secp256k1.Point.Fn.ORDER;
const bytesOf = (n: bigint) => Uint8Array.from(Buffer.from(n.toString(16).padStart(64, '0'), 'hex'));
// Deterministic inputs: keys and hashes from a counter.
const keyAt = (i: number) => bytesOf((BigInt(`0x${Buffer.from(sha256(Uint8Array.of(1, i))).toString('hex')}`) % (N - 1n)) + 1n);
const hashAt = (i: number) => sha256(Uint8Array.of(2, i));
const entropyAt = (i: number) => {
  const e = new Uint8Array(32);
  new DataView(e.buffer).setUint32(0, i, true);
  return e;
};
const CASES = Array.from({ length: 40 }, (_, i) => i);

describe('libsecp256k1 = @noble/curves', () => {
  it('ECDSA signatures (RFC6979, with and without extra entropy), low-S', () => {
    for (const i of CASES) {
      const [key, hash] = [keyAt(i), hashAt(i)];
      expect(ecdsaSign(hash, key)).toEqual(secp256k1.sign(hash, key, { prehash: false }));
      expect(ecdsaSign(hash, key, entropyAt(i))).toEqual(secp256k1.sign(hash, key, { prehash: false, extraEntropy: entropyAt(i) }));
      const recovered = secp256k1.sign(hash, key, { prehash: false, format: 'recovered' });
      const { signature, recoveryId } = ecdsaSignRecoverable(hash, key);
      expect(signature).toEqual(recovered.subarray(1));
      expect(recoveryId).toBe(recovered[0]);
    }
  });

  it('public keys and ECDH', () => {
    for (const i of CASES) {
      expect(publicKeyOf(keyAt(i))).toEqual(secp256k1.getPublicKey(keyAt(i), true));
      const other = secp256k1.getPublicKey(keyAt(i + 100), true);
      expect(ecdhSha256(keyAt(i), other)).toEqual(sha256(secp256k1.getSharedSecret(keyAt(i), other, true)));
    }
  });

  it('verification, and what it refuses', () => {
    const key = keyAt(1);
    const hash = hashAt(1);
    const publicKey = secp256k1.getPublicKey(key, true);
    const signature = ecdsaSign(hash, key);
    const sig = secp256k1.Signature.fromBytes(signature, 'compact');
    const withRS = (r: bigint, s: bigint) => Uint8Array.from([...bytesOf(r), ...bytesOf(s)]);
    const cases: [string, Uint8Array, Uint8Array, Uint8Array][] = [
      ['valid', signature, hash, publicKey],
      ['valid, uncompressed key', signature, hash, secp256k1.getPublicKey(key, false)],
      ['high S', withRS(sig.r, N - sig.s), hash, publicKey],
      ['other hash', signature, hashAt(2), publicKey],
      ['other key', signature, hash, secp256k1.getPublicKey(keyAt(2), true)],
      ['r = 0', withRS(0n, sig.s), hash, publicKey],
      ['s = 0', withRS(sig.r, 0n), hash, publicKey],
      ['r = n', withRS(N, sig.s), hash, publicKey],
      ['s = n', withRS(sig.r, N), hash, publicKey],
      ['not a point', signature, hash, Uint8Array.from([0x02, ...new Uint8Array(32).fill(0xff)])],
      ['bad prefix', signature, hash, Uint8Array.from([0x05, ...publicKey.subarray(1)])],
      ['x-only key', signature, hash, publicKey.subarray(1)],
      ['short signature', signature.subarray(0, 63), hash, publicKey],
    ];
    for (const [name, s, h, q] of cases) {
      let noble: boolean;
      try {
        noble = secp256k1.verify(s, h, q, { prehash: false });
      } catch {
        noble = false;
      }
      expect(ecdsaVerify(s, h, q), name).toBe(noble);
    }
    expect(ecdsaVerify(signature, hash, publicKey)).toBe(true);
    expect(ecdsaVerify(withRS(sig.r, N - sig.s), hash, publicKey)).toBe(false);
  });

  it('point tweaks (BOLT 3 derived keys), as point arithmetic in @noble/curves computes them', () => {
    const Point = secp256k1.Point;
    const scalar = (bytes: Uint8Array) => BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
    for (const i of CASES.slice(0, 12)) {
      const [basepoint, point] = [secp256k1.getPublicKey(keyAt(i), true), secp256k1.getPublicKey(keyAt(i + 50), true)];
      const tweak = hashAt(i);
      expect(publicKeyTweakAdd(basepoint, tweak)).toEqual(Point.fromBytes(basepoint).add(Point.BASE.multiply(scalar(tweak))).toBytes(true));
      const simple = sha256(Uint8Array.from([...point, ...basepoint]));
      expect(deriveSimplePublicKey(basepoint, point)).toEqual(Point.fromBytes(basepoint).add(Point.BASE.multiply(scalar(simple))).toBytes(true));
      const [t1, t2] = [sha256(Uint8Array.from([...basepoint, ...point])), sha256(Uint8Array.from([...point, ...basepoint]))];
      const expected = Point.fromBytes(basepoint).multiply(scalar(t1)).add(Point.fromBytes(point).multiply(scalar(t2))).toBytes(true);
      expect(publicKeysTweakMulCombine(basepoint, t1, point, t2)).toEqual(expected);
      expect(deriveRevocationPublicKey(basepoint, point)).toEqual(expected);
    }
    const G = Point.BASE.toBytes(true);
    expect(() => publicKeyTweakAdd(G, bytesOf(N - 1n))).toThrow(/infinity/); // G + (n-1)·G
    expect(() => publicKeyTweakAdd(G, bytesOf(N))).toThrow();
    expect(() => publicKeysTweakMulCombine(G, new Uint8Array(32), G, hashAt(1))).toThrow();
    expect(() => publicKeyTweakAdd(Uint8Array.from([0x02, ...new Uint8Array(32).fill(0xff)]), hashAt(1))).toThrow();
  });

  it('refuses secret keys outside 1..n-1 and points off the curve', () => {
    for (const bad of [new Uint8Array(32), bytesOf(N), bytesOf(N + 1n)]) {
      expect(() => publicKeyOf(bad)).toThrow();
      expect(() => ecdsaSign(hashAt(0), bad)).toThrow();
    }
    expect(() => ecdhSha256(keyAt(0), Uint8Array.from([0x02, ...new Uint8Array(32).fill(0xff)]))).toThrow(/invalid public key/);
    expect(() => ecdhSha256(keyAt(0), new Uint8Array(33))).toThrow(/invalid public key/);
  });
});
