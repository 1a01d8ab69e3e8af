// secp256k1 scalar/point tweaks with libsecp256k1's failure rules (`secp256k1_ec_seckey_tweak_add`,
// `_tweak_mul`, `_pubkey_tweak_add`, `_tweak_mul`): a tweak must be below the group order and a
// result must not be zero/infinity. CLN treats any such failure as a hard error, and so do we.
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToNumberBE } from '@noble/curves/utils.js';

const Point = secp256k1.Point;
const Fn = Point.Fn;

export type PointType = InstanceType<typeof Point>;

/** A 32-byte tweak (a hash) as a scalar; libsecp256k1 rejects tweaks ≥ n. */
export function tweakScalar(tweak: Uint8Array): bigint {
  const value = bytesToNumberBE(tweak);
  if (tweak.length !== 32 || value >= Fn.ORDER) throw new Error('tweak out of range');
  return value;
}

/** A 32-byte secret key as a scalar in [1, n). */
export function secretScalar(secretKey: Uint8Array): bigint {
  const value = bytesToNumberBE(secretKey);
  if (secretKey.length !== 32 || !Fn.isValidNot0(value)) throw new Error('invalid secret key');
  return value;
}

export function scalarToSecretKey(value: bigint): Uint8Array {
  if (value === 0n) throw new Error('derived secret key is zero');
  return Fn.toBytes(value);
}

/** (secretKey + tweak) mod n. */
export function secretKeyTweakAdd(secretKey: Uint8Array, tweak: Uint8Array): Uint8Array {
  return scalarToSecretKey(Fn.add(secretScalar(secretKey), tweakScalar(tweak)));
}

/** Parses a 33-byte compressed (or 65-byte) public key, validating it is on the curve. */
export function parsePoint(publicKey: Uint8Array): PointType {
  return Point.fromBytes(publicKey);
}

export function pointToCompressed(point: PointType): Uint8Array {
  if (point.is0()) throw new Error('derived public key is the point at infinity');
  return point.toBytes(true);
}
