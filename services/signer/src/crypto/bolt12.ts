// BOLT #12 keys and signatures (hsmd `sign_bolt12` 25 and `sign_bolt12_2` 41; common/bolt12_merkle.c,
// common/bolt12_id.c).
import { schnorr, secp256k1 } from '@noble/curves/secp256k1.js';
import { HARDENED_OFFSET, type HDKey } from '@scure/bip32';
import { sha256 } from '@noble/hashes/sha2.js';
import { assertLength, utf8 } from './bytes.ts';
import { deriveSecret } from './derived-secret.ts';
import type { NodeKey } from './node-key.ts';
import type { KeyPair } from './onchain-wallet.ts';
import { secretKeyTweakAdd } from './scalars.ts';

/** m/9735' of the legacy BIP32 master (for mnemonic secrets too): the base of BOLT12 payer keys. */
export function deriveBolt12PayerBaseKey(legacyMaster: HDKey): KeyPair {
  const child = legacyMaster.deriveChild(HARDENED_OFFSET + 9735);
  return { privateKey: child.privateKey!, publicKey: child.publicKey! };
}

/**
 * BOLT12 sighash: BIP340 tagged hash with tag "lightning" ‖ messagename ‖ fieldname (plain
 * concatenation), i.e. SHA256(SHA256(tag) ‖ SHA256(tag) ‖ merkle root).
 */
export function bolt12Sighash(messageName: string, fieldName: string, merkleRoot: Uint8Array): Uint8Array {
  assertLength(merkleRoot, 32, 'merkle root');
  const tag = sha256(utf8(`lightning${messageName}${fieldName}`));
  return sha256.create().update(tag).update(tag).update(merkleRoot).digest();
}

/** BIP340 signature with `aux_rand` = NULL in libsecp256k1, which BIP340 defines as 32 zero bytes. */
export function signSchnorr(privateKey: Uint8Array, hash: Uint8Array): Uint8Array {
  assertLength(hash, 32, 'hash');
  return schnorr.sign(hash, privateKey, new Uint8Array(32));
}

/**
 * Key for `sign_bolt12` (25): the node key without a tweak; with one (invoice_request payer keys),
 * payer_base + SHA256(payer_base_pubkey ‖ publictweak). An empty tweak counts as none, as the
 * wire decoder turns a zero-length array into NULL.
 */
export function bolt12SigningKey(nodeKey: NodeKey, payerBase: KeyPair, publicTweak?: Uint8Array): Uint8Array {
  if (!publicTweak || publicTweak.length === 0) return nodeKey.privateKey;
  const tweak = sha256.create().update(payerBase.publicKey).update(publicTweak).digest();
  return secretKeyTweakAdd(payerBase.privateKey, tweak);
}

/**
 * Key for `sign_bolt12_2` (41): the node key without a tweak; with one (blinded-path aliases),
 * node_key + SHA256(makesecret(info) ‖ tweakmessage).
 */
export function bolt12AliasSigningKey(
  nodeKey: NodeKey,
  derivedSecretsBase: Uint8Array,
  info: Uint8Array,
  tweakMessage?: Uint8Array,
): Uint8Array {
  if (!tweakMessage || tweakMessage.length === 0) return nodeKey.privateKey;
  const base = deriveSecret(derivedSecretsBase, info);
  const tweak = sha256.create().update(base).update(tweakMessage).digest();
  return secretKeyTweakAdd(nodeKey.privateKey, tweak);
}

/** x-only (32-byte) public key a BOLT12 signature verifies against. */
export function schnorrPublicKey(privateKey: Uint8Array): Uint8Array {
  return secp256k1.getPublicKey(privateKey, true).subarray(1);
}
