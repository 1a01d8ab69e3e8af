// `derive_secret` / `makesecret` (hsmd message 27): pseudorandom 32-byte secrets for lightningd
// and plugins (runes, BOLT12 invoice/offer bases, node alias, SCB), keyed by an info string.
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8 } from './bytes.ts';
import { rootSecretBytes, type RootSecret } from './hsm-secret.ts';

const DERIVED_SECRETS_INFO = utf8('derived secrets');

/**
 * HKDF(ikm = all of S, no salt, info "derived secrets"). Unlike the node key this reads the full
 * 64 bytes of a mnemonic secret (`lightning-hsmtool makerune` reads only 32, so its runes differ).
 */
export function deriveSecretsBase(secret: RootSecret): Uint8Array {
  return hkdf(sha256, rootSecretBytes(secret), undefined, DERIVED_SECRETS_INFO, 32);
}

/** makesecret(info) = HKDF(ikm = the derived-secrets base, no salt, info). */
export function deriveSecret(derivedSecretsBase: Uint8Array, info: Uint8Array | string): Uint8Array {
  return hkdf(sha256, derivedSecretsBase, undefined, typeof info === 'string' ? utf8(info) : info, 32);
}
