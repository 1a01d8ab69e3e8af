// The two BIP32 roots CLN derives from S (`hsmd_init` and `derive_bip86_base_key` in
// hsmd/libhsmd.c), and the version bytes lightningd hands hsmd for each network.
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { createBase58check } from '@scure/base';
import { HDKey, type Versions } from '@scure/bip32';
import { u32le, utf8 } from './bytes.ts';
import { rootSecretBytes, type RootSecret } from './hsm-secret.ts';

export type { Versions } from '@scure/bip32';

/** The networks lightningd runs on (bitcoin/chainparams.c). */
export type BitcoinNetwork = 'bitcoin' | 'testnet' | 'testnet4' | 'signet' | 'regtest';

/** libwally BIP32_VER_MAIN_{PRIVATE,PUBLIC}: xprv/xpub. */
export const MAINNET_BIP32_VERSIONS: Versions = Object.freeze({ private: 0x0488ade4, public: 0x0488b21e });
/** libwally BIP32_VER_TEST_{PRIVATE,PUBLIC}: tprv/tpub (CLN's SIGT_* constants are the same values). */
export const TESTNET_BIP32_VERSIONS: Versions = Object.freeze({ private: 0x04358394, public: 0x043587cf });

/** `chainparams->bip32_key_version`: mainnet versions for bitcoin, testnet versions for everything else. */
export function bip32VersionsFor(network: BitcoinNetwork): Versions {
  switch (network) {
    case 'bitcoin':
      return MAINNET_BIP32_VERSIONS;
    case 'testnet':
    case 'testnet4':
    case 'signet':
    case 'regtest':
      return TESTNET_BIP32_VERSIONS;
  }
}

const BIP32_SEED_INFO = utf8('bip32 seed');
// HKDF output is a valid master key with probability 1 - 2^-127; CLN loops without bound, we give up
// long before that could matter rather than spin on a bug.
const MAX_MASTER_ATTEMPTS = 64;

/**
 * The "legacy" BIP32 master: HDKey.fromMasterSeed(HKDF(ikm = all of S, salt = u32 LE counter from 0,
 * info "bip32 seed"), 32 bytes), retrying with the next counter if libwally rejects the master key.
 * Used for the wallet of 32-byte secrets (m/0/0/i), and for every secret's BOLT12 payer base (m/9735').
 */
export function deriveLegacyBip32Master(secret: RootSecret, versions: Versions = MAINNET_BIP32_VERSIONS): HDKey {
  const ikm = rootSecretBytes(secret);
  for (let counter = 0; counter < MAX_MASTER_ATTEMPTS; counter++) {
    const seed = hkdf(sha256, ikm, u32le(counter), BIP32_SEED_INFO, 32);
    try {
      return HDKey.fromMasterSeed(seed, versions);
    } catch {
      // Invalid master private key: CLN moves on to the next salt.
    }
  }
  throw new Error('could not derive a BIP32 master key');
}

/**
 * The BIP86 master of a 64-byte (mnemonic) secret: standard BIP32 straight from the BIP39 seed,
 * no HKDF, so external wallets restoring the mnemonic see the same keys.
 */
export function deriveBip86Master(secret: RootSecret, versions: Versions = MAINNET_BIP32_VERSIONS): HDKey {
  const bytes = rootSecretBytes(secret);
  if (bytes.length !== 64) throw new Error('BIP86 derivation requires a 64-byte (mnemonic) secret');
  return HDKey.fromMasterSeed(bytes, versions);
}

const base58check = createBase58check(sha256);

/** The 78-byte BIP32 serialization of the public side (what hsmd puts on the wire as `ext_key`). */
export function serializeExtendedPublicKey(key: HDKey): Uint8Array {
  return base58check.decode(key.publicExtendedKey);
}
