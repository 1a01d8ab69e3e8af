// ECDSA exactly as CLN's hsmd produces it. All signatures are RFC6979-deterministic and low-S
// (libsecp256k1's defaults); signing and verifying run in libsecp256k1 itself (libsecp256k1.ts).
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { assertLength } from './bytes.ts';
import { ecdsaSign, ecdsaSignRecoverable, ecdsaVerify } from './libsecp256k1.ts';

/**
 * CLN's `sign_hash` (bitcoin/signature.c), used for transactions and gossip: RFC6979 with
 * libsecp256k1's extra-entropy argument set to 32 bytes whose first four are a little-endian
 * counter starting at 0 (so even the first attempt is NOT plain RFC6979), bumping the counter until
 * r's top byte is below 0x80 (a "low-R" signature, 71 bytes in DER). Returns 64-byte compact r‖s.
 */
export function signHash(privateKey: Uint8Array, hash: Uint8Array): Uint8Array {
  assertLength(hash, 32, 'hash');
  const extraEntropy = new Uint8Array(32);
  const counter = new DataView(extraEntropy.buffer);
  for (let attempt = 0; ; attempt++) {
    counter.setUint32(0, attempt, true);
    const signature = ecdsaSign(hash, privateKey, extraEntropy);
    if (signature[0]! < 0x80) return signature;
  }
}

/**
 * libwally's `wally_ec_sig_from_bytes(…, EC_FLAG_GRIND_R)`, used by `wally_psbt_sign` for PSBT
 * inputs: plain RFC6979 first, then extra entropy = LE counter 1, 2, … until r is low (Bitcoin
 * Core's grinding). Differs from `signHash`, whose first attempt already uses counter 0.
 */
export function signHashWally(privateKey: Uint8Array, hash: Uint8Array): Uint8Array {
  assertLength(hash, 32, 'hash');
  let signature = ecdsaSign(hash, privateKey);
  const extraEntropy = new Uint8Array(32);
  const counter = new DataView(extraEntropy.buffer);
  for (let attempt = 1; signature[0]! >= 0x80; attempt++) {
    counter.setUint32(0, attempt, true);
    signature = ecdsaSign(hash, privateKey, extraEntropy);
  }
  return signature;
}

/**
 * Plain RFC6979 (no extra entropy, no grinding): libsecp256k1's `secp256k1_ecdsa_sign(…, NULL, NULL)`,
 * which hsmd uses for `sign_option_will_fund_offer`, and the r‖s of every recoverable signature.
 */
export function signHashPlain(privateKey: Uint8Array, hash: Uint8Array): Uint8Array {
  assertLength(hash, 32, 'hash');
  return ecdsaSign(hash, privateKey);
}

/**
 * `secp256k1_ecdsa_sign_recoverable(…, NULL, NULL)` serialized as CLN's wire type
 * `secp256k1_ecdsa_recoverable_signature`: 64-byte compact r‖s followed by the recovery id (0..3).
 * (@noble/curves puts the recovery byte first; hsmd replies put it last.)
 */
export function signRecoverable(privateKey: Uint8Array, hash: Uint8Array): Uint8Array {
  assertLength(hash, 32, 'hash');
  const { signature, recoveryId } = ecdsaSignRecoverable(hash, privateKey);
  const out = new Uint8Array(65);
  out.set(signature, 0);
  out[64] = recoveryId;
  return out;
}

/** Public key (33 bytes, compressed) that produced a CLN-order recoverable signature over `hash`. */
export function recoverPublicKey(recoverableSignature: Uint8Array, hash: Uint8Array): Uint8Array {
  assertLength(recoverableSignature, 65, 'recoverable signature');
  const nobleOrder = new Uint8Array(65);
  nobleOrder[0] = recoverableSignature[64]!;
  nobleOrder.set(recoverableSignature.subarray(0, 64), 1);
  return secp256k1.recoverPublicKey(nobleOrder, hash, { prehash: false });
}

/** Verifies a 64-byte compact signature (low-S required, as libsecp256k1 does). */
export function verifyHash(signature: Uint8Array, hash: Uint8Array, publicKey: Uint8Array): boolean {
  return ecdsaVerify(signature, hash, publicKey);
}
