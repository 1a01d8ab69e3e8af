// State signatures (gl-client ≥ 0.6, signer/mod.rs): every entry the signer hands the node carries
// its signature, so a node cannot feed a signer state the signer (or a sibling signer with the same
// seed) never wrote.
//   key    = HKDF-SHA256(ikm = seed[0..32], salt = empty, info = "greenlight/state-signing/v1"), secp256k1
//   digest = SHA256("greenlight/state-signing/v1\0" ‖ u32be(len key) ‖ key ‖ u64be(version) ‖ u32be(len value) ‖ value)
//   sig    = 64-byte compact ECDSA, RFC6979, low-S (libsecp256k1's `sign_ecdsa`)
// Signing covers the canonical value bytes; verifying covers the value bytes exactly as received.
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { ecdsaSign, ecdsaVerify } from '../crypto/libsecp256k1.ts';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { isSigned, valueBytes, type SignerState } from '@greenhouse/common/signer-state';

export const STATE_SIGNING_INFO = 'greenlight/state-signing/v1';
const encoder = new TextEncoder();
const STATE_SIGNING_DOMAIN = encoder.encode(`${STATE_SIGNING_INFO}\0`);
export const STATE_SIGNATURE_LENGTH = 64;

export interface StateSigningKey {
  readonly privateKey: Uint8Array;
  /** 33-byte compressed public key. */
  readonly publicKey: Uint8Array;
}

/** The state signing key for a seed (the first 32 bytes of the hsm secret, as Greenlight uses). */
export function stateSigningKey(seed32: Uint8Array): StateSigningKey {
  if (!(seed32 instanceof Uint8Array) || seed32.length !== 32) throw new RangeError('state signing needs the 32-byte seed');
  const privateKey = hkdf(sha256, seed32, new Uint8Array(0), encoder.encode(STATE_SIGNING_INFO), 32);
  if (!secp256k1.utils.isValidSecretKey(privateKey)) throw new Error('failed to derive state signing key');
  return { privateKey, publicKey: secp256k1.getPublicKey(privateKey, true) };
}

export function stateSignatureDigest(key: string, version: bigint, value: Uint8Array): Uint8Array {
  const keyBytes = encoder.encode(key);
  const payload = new Uint8Array(STATE_SIGNING_DOMAIN.length + 4 + keyBytes.length + 8 + 4 + value.length);
  const view = new DataView(payload.buffer);
  let offset = 0;
  payload.set(STATE_SIGNING_DOMAIN, offset);
  offset += STATE_SIGNING_DOMAIN.length;
  view.setUint32(offset, keyBytes.length);
  offset += 4;
  payload.set(keyBytes, offset);
  offset += keyBytes.length;
  view.setBigUint64(offset, version);
  offset += 8;
  view.setUint32(offset, value.length);
  offset += 4;
  payload.set(value, offset);
  return sha256(payload);
}

/** What is signed: an entry's key and version, and its value as canonical text or as raw bytes. */
export interface SignableEntry {
  readonly key: string;
  readonly version: bigint;
  readonly value: string | Uint8Array;
}

const bytesOf = (value: string | Uint8Array): Uint8Array => (typeof value === 'string' ? valueBytes({ value }) : value);

export function signEntry(signingKey: StateSigningKey, entry: SignableEntry, verifier?: StateSignatureVerifier): Uint8Array {
  const digest = stateSignatureDigest(entry.key, entry.version, bytesOf(entry.value));
  const signature = ecdsaSign(digest, signingKey.privateKey);
  verifier?.noteSigned(digest, signature);
  return signature;
}

export type StateSignatureCheck = { readonly valid: true } | { readonly valid: false; readonly reason: string };

const VALID: StateSignatureCheck = { valid: true };
const wrongLength = (length: number): StateSignatureCheck => ({
  valid: false,
  reason: `expected ${STATE_SIGNATURE_LENGTH} signature bytes, got ${length}`,
});
const FAILED: StateSignatureCheck = { valid: false, reason: 'signature verification failed' };

/** Checks a present signature (an empty one is "missing", which only the mode decides about). */
export function verifyEntry(publicKey: Uint8Array, entry: SignableEntry & { readonly signature: Uint8Array }): StateSignatureCheck {
  if (entry.signature.length !== STATE_SIGNATURE_LENGTH) return wrongLength(entry.signature.length);
  const digest = stateSignatureDigest(entry.key, entry.version, bytesOf(entry.value));
  // libsecp256k1 rejects high-S, out-of-range and zero r/s.
  return ecdsaVerify(entry.signature, digest, publicKey) ? VALID : FAILED;
}

/** How many verified (digest, signature) pairs a StateSignatureVerifier remembers. */
export const VERIFIED_SIGNATURES_REMEMBERED = 4096;

/**
 * `verifyEntry` for one public key, remembering what it found valid. The node relays the same
 * entries again and again (mostly ones this signer signed itself), and a signature check in
 * JavaScript costs about a millisecond, so each (digest, signature) pair is verified once.
 *
 * The memory is keyed by the digest — SHA-256 over the domain, the key, the version and the value
 * bytes exactly as received — and the 64 signature bytes: any change of key, version, value or
 * signature is another pair and is verified afresh. Only valid pairs are remembered; the key is
 * fixed per instance. `noteSigned` adds a pair this signer has just made with the same key over the
 * same digest (valid by construction, as libsecp256k1's own signing guarantees for its output).
 * The oldest pairs are forgotten first beyond `capacity`: a forgotten pair is merely verified again.
 */
export class StateSignatureVerifier {
  private readonly valid = new Map<string, true>();
  private verified = 0;

  constructor(
    readonly publicKey: Uint8Array,
    private readonly capacity = VERIFIED_SIGNATURES_REMEMBERED,
  ) {}

  check(entry: SignableEntry & { readonly signature: Uint8Array }): StateSignatureCheck {
    if (entry.signature.length !== STATE_SIGNATURE_LENGTH) return wrongLength(entry.signature.length);
    const digest = stateSignatureDigest(entry.key, entry.version, bytesOf(entry.value));
    const id = pairId(digest, entry.signature);
    if (this.valid.has(id)) {
      this.touch(id);
      return VALID;
    }
    this.verified++;
    if (!ecdsaVerify(entry.signature, digest, this.publicKey)) return FAILED;
    this.touch(id);
    return VALID;
  }

  /** Remembers a signature this signer made over `digest` with the private key of `publicKey`. */
  noteSigned(digest: Uint8Array, signature: Uint8Array): void {
    this.touch(pairId(digest, signature));
  }

  /** Pairs remembered now. */
  get size(): number {
    return this.valid.size;
  }

  /** Signature verifications run so far (the ones not answered from memory). */
  get verifications(): number {
    return this.verified;
  }

  private touch(id: string): void {
    this.valid.delete(id);
    this.valid.set(id, true);
    if (this.valid.size > this.capacity) this.valid.delete(this.valid.keys().next().value!);
  }
}

const pairId = (digest: Uint8Array, signature: Uint8Array): string => Buffer.from(digest).toString('hex') + Buffer.from(signature).toString('hex');

/**
 * Signs every entry that has no signature, tombstones included (Greenlight's `resign_signatures`,
 * run before each reply so a Hard-mode sibling accepts them). Entries carrying a signature, even an
 * invalid one kept under the override, are left alone. Returns the keys it signed; with `verifier`,
 * the new signatures are remembered there as valid.
 */
export function signUnsigned(state: SignerState, signingKey: StateSigningKey, verifier?: StateSignatureVerifier): string[] {
  const signed: string[] = [];
  for (const entry of state.entries()) {
    if (isSigned(entry)) continue;
    state.setSignature(entry.key, signEntry(signingKey, entry, verifier));
    signed.push(entry.key);
  }
  return signed;
}
