// BOLT #3 per-commitment key derivation (common/key_derive.c): localpubkey, remotepubkey,
// local_htlcpubkey, remote_htlcpubkey, local_delayedpubkey and revocationpubkey, plus the secret
// keys behind them. Public inputs only meet variable-time point arithmetic; secrets stay scalars.
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { assertLength } from './bytes.ts';
import { publicKeysTweakMulCombine, publicKeyTweakAdd } from './libsecp256k1.ts';
import { scalarToSecretKey, secretScalar, tweakScalar } from './scalars.ts';

const Fn = secp256k1.Point.Fn;

/** SHA256(first ‖ second) of two compressed points. */
function hashPair(first: Uint8Array, second: Uint8Array): Uint8Array {
  assertLength(first, 33, 'public key');
  assertLength(second, 33, 'public key');
  return sha256.create().update(first).update(second).digest();
}

/** pubkey = basepoint + SHA256(per_commitment_point ‖ basepoint)·G (in libsecp256k1: derive_simple_key's own calls). */
export function deriveSimplePublicKey(basepoint: Uint8Array, perCommitmentPoint: Uint8Array): Uint8Array {
  const tweak = hashPair(perCommitmentPoint, basepoint);
  tweakScalar(tweak); // ≥ n: refused, as secp256k1_ec_pubkey_tweak_add refuses it
  return publicKeyTweakAdd(basepoint, tweak);
}

/** privkey = basepoint_secret + SHA256(per_commitment_point ‖ basepoint); `basepoint` is basepoint_secret·G. */
export function deriveSimplePrivateKey(basepointSecret: Uint8Array, basepoint: Uint8Array, perCommitmentPoint: Uint8Array): Uint8Array {
  const tweak = tweakScalar(hashPair(perCommitmentPoint, basepoint));
  return scalarToSecretKey(Fn.add(secretScalar(basepointSecret), tweak));
}

/**
 * revocationpubkey = revocation_basepoint·SHA256(revocation_basepoint ‖ per_commitment_point)
 *                  + per_commitment_point·SHA256(per_commitment_point ‖ revocation_basepoint)
 */
export function deriveRevocationPublicKey(revocationBasepoint: Uint8Array, perCommitmentPoint: Uint8Array): Uint8Array {
  const baseTweak = hashPair(revocationBasepoint, perCommitmentPoint);
  const pointTweak = hashPair(perCommitmentPoint, revocationBasepoint);
  nonZero(tweakScalar(baseTweak));
  nonZero(tweakScalar(pointTweak));
  return publicKeysTweakMulCombine(revocationBasepoint, baseTweak, perCommitmentPoint, pointTweak);
}

/**
 * revocationprivkey = revocation_basepoint_secret·SHA256(revocation_basepoint ‖ per_commitment_point)
 *                   + per_commitment_secret·SHA256(per_commitment_point ‖ revocation_basepoint)
 */
export function deriveRevocationPrivateKey(
  revocationBasepointSecret: Uint8Array,
  perCommitmentSecret: Uint8Array,
  revocationBasepoint: Uint8Array,
  perCommitmentPoint: Uint8Array,
): Uint8Array {
  const baseTweak = nonZero(tweakScalar(hashPair(revocationBasepoint, perCommitmentPoint)));
  const pointTweak = nonZero(tweakScalar(hashPair(perCommitmentPoint, revocationBasepoint)));
  const sum = Fn.add(
    Fn.mul(secretScalar(revocationBasepointSecret), baseTweak),
    Fn.mul(secretScalar(perCommitmentSecret), pointTweak),
  );
  return scalarToSecretKey(sum);
}

/** libsecp256k1's tweak_mul also rejects a zero multiplier. */
function nonZero(tweak: bigint): bigint {
  if (tweak === 0n) throw new Error('tweak out of range');
  return tweak;
}
