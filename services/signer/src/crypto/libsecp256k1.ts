// libsecp256k1 itself — the library CLN's hsmd signs with — compiled to WebAssembly (the
// `tiny-secp256k1` package, bitcoinjs), for the operations every hsmd request of a payment makes:
// ECDSA signing and verification, public keys of secrets (per-commitment points), ECDH. In
// JavaScript (@noble/curves) each costs 0.5–1.4 ms here; in libsecp256k1 0.1–0.3 ms. @noble/curves
// stays for the rest (point arithmetic on public inputs, Schnorr, scalars), and the results are the
// same bytes (test/crypto-libsecp256k1.test.ts checks them against each other; the hsmd vectors
// against CLN's lightning_hsmd).
import * as ecc from 'tiny-secp256k1';
import { sha256 } from '@noble/hashes/sha2.js';
import { assertLength } from './bytes.ts';

/**
 * `secp256k1_ecdsa_sign` with libsecp256k1's RFC6979 nonce function; `extraEntropy` (32 bytes) is
 * its `ndata`. 64-byte compact r‖s, always low-S. Throws for a secret key that is not in 1..n-1.
 */
export function ecdsaSign(hash: Uint8Array, privateKey: Uint8Array, extraEntropy?: Uint8Array): Uint8Array {
  assertLength(hash, 32, 'hash');
  assertLength(privateKey, 32, 'private key');
  if (extraEntropy !== undefined) assertLength(extraEntropy, 32, 'extra entropy');
  return ecc.sign(hash, privateKey, extraEntropy);
}

/**
 * `secp256k1_ecdsa_sign_recoverable` with RFC6979 and no extra entropy: 64-byte compact r‖s (low-S)
 * and the recovery id.
 */
export function ecdsaSignRecoverable(hash: Uint8Array, privateKey: Uint8Array): { signature: Uint8Array; recoveryId: number } {
  assertLength(hash, 32, 'hash');
  assertLength(privateKey, 32, 'private key');
  return ecc.signRecoverable(hash, privateKey);
}

/**
 * `secp256k1_ecdsa_verify` of a 64-byte compact signature by a 33- or 65-byte public key: false for a
 * high-S signature (as libsecp256k1 and @noble/curves' default refuse it), for r or s out of range or
 * zero, and for a public key or signature that does not parse.
 */
export function ecdsaVerify(signature: Uint8Array, hash: Uint8Array, publicKey: Uint8Array): boolean {
  if (signature.length !== 64 || hash.length !== 32 || (publicKey.length !== 33 && publicKey.length !== 65)) return false;
  try {
    return ecc.verify(hash, publicKey, signature, true);
  } catch {
    return false;
  }
}

/** The compressed public key of a secret key; throws for one that is not in 1..n-1. */
export function publicKeyOf(privateKey: Uint8Array): Uint8Array {
  assertLength(privateKey, 32, 'private key');
  const point = ecc.pointFromScalar(privateKey, true);
  if (!point) throw new Error('invalid private key');
  return point;
}

/**
 * libsecp256k1's default `secp256k1_ecdh`: SHA256 of the compressed point `privateKey`·`publicKey`.
 * Throws for a public key that is not a point on the curve.
 */
export function ecdhSha256(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  assertLength(privateKey, 32, 'private key');
  let shared: Uint8Array | null;
  try {
    shared = publicKey.length === 33 || publicKey.length === 65 ? ecc.pointMultiply(publicKey, privateKey, true) : null;
  } catch {
    shared = null;
  }
  if (!shared) throw new Error('invalid public key');
  return sha256(shared);
}

/**
 * `secp256k1_ec_pubkey_tweak_add`: `publicKey` + `tweak`·G, compressed. Throws for a tweak ≥ n, a
 * public key that does not parse, or a result at infinity.
 */
export function publicKeyTweakAdd(publicKey: Uint8Array, tweak: Uint8Array): Uint8Array {
  assertLength(tweak, 32, 'tweak');
  const point = guard(() => ecc.pointAddScalar(publicKey, tweak, true), 'public key tweak');
  if (!point) throw new Error('derived public key is the point at infinity');
  return point;
}

/**
 * `secp256k1_ec_pubkey_tweak_mul` of two points and `secp256k1_ec_pubkey_combine`: a·A + b·B,
 * compressed. Throws for a tweak that is zero or ≥ n, a point that does not parse, or infinity.
 */
export function publicKeysTweakMulCombine(a: Uint8Array, tweakA: Uint8Array, b: Uint8Array, tweakB: Uint8Array): Uint8Array {
  assertLength(tweakA, 32, 'tweak');
  assertLength(tweakB, 32, 'tweak');
  const first = guard(() => ecc.pointMultiply(a, tweakA, true), 'public key tweak');
  const second = guard(() => ecc.pointMultiply(b, tweakB, true), 'public key tweak');
  if (!first || !second) throw new Error('tweak out of range');
  const sum = guard(() => ecc.pointAdd(first, second, true), 'public key combine');
  if (!sum) throw new Error('derived public key is the point at infinity');
  return sum;
}

/** tiny-secp256k1 throws terse errors for input it cannot parse; name what failed. */
function guard<T>(run: () => T, what: string): T {
  try {
    return run();
  } catch (error) {
    throw new Error(`${what}: ${(error as Error).message}`);
  }
}

