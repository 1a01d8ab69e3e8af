// The root secret `S` that every key is derived from, and CLN's `hsm_secret` file formats
// (`common/hsm_secret.c` at v26.06.6):
//
//   * 32 bytes            → legacy plain secret; S = those 32 bytes.
//   * 73 bytes            → legacy encrypted secret (libsodium secretstream + Argon2id MODERATE);
//                           not supported here: the signer is handed S or a mnemonic instead.
//   * anything else ≥ 32  → 32-byte passphrase check ‖ BIP39 mnemonic text (no terminator, no newline).
//                           The check is all zeroes when there is no passphrase, else SHA256(BIP39 seed).
//                           S = the 64-byte BIP39 seed (PBKDF2-HMAC-SHA512, 2048 rounds,
//                           salt "mnemonic" ‖ passphrase). New nodes get this form since v25.12.
//
// The length of S is what switches CLN's behaviour: 64 bytes means "mnemonic secret", whose
// on-chain wallet uses BIP86 (m/86'/0'/0'); node key and channel secrets only ever read S[0..32].
import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { concatBytes } from '@noble/hashes/utils.js';
import { validateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { constantTimeEqual, utf8 } from './bytes.ts';

/** CLN's `enum hsm_secret_type`; hsmd reports it as TLV 1 (`hsm_secret_type`) of `hsmd_init_reply_v4`. */
export const HsmSecretType = {
  PLAIN: 0,
  ENCRYPTED: 1,
  MNEMONIC_NO_PASSPHRASE: 2,
  MNEMONIC_WITH_PASSPHRASE: 3,
} as const;
export type HsmSecretType = (typeof HsmSecretType)[keyof typeof HsmSecretType];

const PLAIN_LENGTH = 32;
const MNEMONIC_SEED_LENGTH = 64;
const ENCRYPTED_FILE_LENGTH = 73;
const PASSPHRASE_CHECK_LENGTH = 32;

export class HsmSecret {
  private constructor(
    /** S, exactly what CLN's hsmd holds in `secretstuff.bip32_seed`: 32 bytes, or the 64-byte BIP39 seed. */
    readonly bytes: Uint8Array,
    readonly type: HsmSecretType,
    /** The BIP39 words when S came from a mnemonic. */
    readonly mnemonic?: string,
  ) {}

  /**
   * Wraps a raw S (what `hsmd_init` works from). 64 bytes are taken as a mnemonic-derived seed,
   * which is all CLN itself looks at; pass `type` only to report a passphrase in the init reply.
   */
  static fromBytes(bytes: Uint8Array, type?: HsmSecretType): HsmSecret {
    if (bytes.length === PLAIN_LENGTH) return new HsmSecret(Uint8Array.from(bytes), type ?? HsmSecretType.PLAIN);
    if (bytes.length === MNEMONIC_SEED_LENGTH) {
      return new HsmSecret(Uint8Array.from(bytes), type ?? HsmSecretType.MNEMONIC_NO_PASSPHRASE);
    }
    throw new RangeError(`hsm secret must be 32 or 64 bytes, got ${bytes.length}`);
  }

  /**
   * S from a BIP39 mnemonic, as CLN's `extract_mnemonic_secret` computes it. An empty passphrase
   * counts as none, as in `lightning-hsmtool generatehsm`.
   */
  static fromMnemonic(mnemonic: string, passphrase?: string): HsmSecret {
    assertValidMnemonic(mnemonic);
    const withPassphrase = passphrase !== undefined && passphrase !== '';
    return new HsmSecret(
      bip39Seed(mnemonic, withPassphrase ? passphrase : ''),
      withPassphrase ? HsmSecretType.MNEMONIC_WITH_PASSPHRASE : HsmSecretType.MNEMONIC_NO_PASSPHRASE,
      mnemonic,
    );
  }

  /**
   * Parses an `hsm_secret` file's bytes the way CLN's `extract_hsm_secret` does, including its
   * errors: a passphrase is required iff the file's check hash is non-zero, and must match it.
   */
  static fromFile(file: Uint8Array, passphrase?: string): HsmSecret {
    if (file.length < PLAIN_LENGTH) throw new Error('Invalid hsm_secret format');
    if (file.length === PLAIN_LENGTH) {
      if (passphrase !== undefined) throw new Error('Passphrase provided but not needed');
      return new HsmSecret(Uint8Array.from(file), HsmSecretType.PLAIN);
    }
    if (file.length === ENCRYPTED_FILE_LENGTH) {
      throw new Error('Encrypted (73-byte) hsm_secret files are not supported: decrypt it with lightning-hsmtool first');
    }
    const check = file.subarray(0, PASSPHRASE_CHECK_LENGTH);
    // CLN copies the text with tal_strndup, which stops at the first NUL.
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.subarray(PASSPHRASE_CHECK_LENGTH));
    } catch {
      throw new Error('Invalid mnemonic'); // libwally would not find such words in its list either
    }
    const nul = text.indexOf('\0');
    if (nul >= 0) text = text.slice(0, nul);
    const needsPassphrase = check.some((b) => b !== 0);
    if (!needsPassphrase) {
      if (passphrase !== undefined) throw new Error('Passphrase provided but not needed');
      return HsmSecret.fromMnemonic(text);
    }
    if (passphrase === undefined) throw new Error('Passphrase required but not provided');
    // CLN checks the passphrase before validating the words; the seed is the same computation.
    const seed = bip39Seed(text, passphrase);
    if (!constantTimeEqual(sha256(seed), check)) throw new Error('Wrong passphrase');
    assertValidMnemonic(text);
    return new HsmSecret(seed, HsmSecretType.MNEMONIC_WITH_PASSPHRASE, text);
  }

  /** True for 64-byte (mnemonic) secrets: CLN then uses BIP86 for every wallet address. */
  get isMnemonicSecret(): boolean {
    return this.bytes.length === MNEMONIC_SEED_LENGTH;
  }

  /** S[0..32]: node key and channel secrets are derived from these bytes only, even for 64-byte secrets. */
  get first32(): Uint8Array {
    return this.bytes.subarray(0, PLAIN_LENGTH);
  }

  /** The `hsm_secret` file CLN would write for this secret (plain 32 bytes, or check ‖ mnemonic). */
  toFile(): Uint8Array {
    if (this.mnemonic === undefined) return Uint8Array.from(this.bytes);
    // The check is SHA256 of the passphrase-salted seed, which is S itself.
    const withPassphrase = this.type === HsmSecretType.MNEMONIC_WITH_PASSPHRASE;
    const check = withPassphrase ? sha256(this.bytes) : new Uint8Array(PASSPHRASE_CHECK_LENGTH);
    return concatBytes(check, utf8(this.mnemonic));
  }
}

/** Either an `HsmSecret` or a raw S (32 or 64 bytes); every derivation accepts both. */
export type RootSecret = HsmSecret | Uint8Array;

/** The bytes of S, checking the length of a raw one. */
export function rootSecretBytes(secret: RootSecret): Uint8Array {
  if (secret instanceof HsmSecret) return secret.bytes;
  if (secret.length !== PLAIN_LENGTH && secret.length !== MNEMONIC_SEED_LENGTH) {
    throw new RangeError(`hsm secret must be 32 or 64 bytes, got ${secret.length}`);
  }
  return secret;
}

/**
 * BIP39 seed exactly as libwally's `bip39_mnemonic_to_seed` makes it: PBKDF2 over the raw UTF-8
 * bytes, without the NFKD normalisation @scure/bip39's `mnemonicToSeed` applies, so a non-ASCII
 * passphrase gives CLN's seed rather than the normalised one.
 */
function bip39Seed(mnemonic: string, passphrase: string): Uint8Array {
  return pbkdf2(sha512, utf8(mnemonic), utf8(`mnemonic${passphrase}`), { c: 2048, dkLen: MNEMONIC_SEED_LENGTH });
}

/**
 * libwally validates words and checksum against the English list without normalising; refusing
 * text that NFKD would change keeps @scure/bip39's (normalising) check from accepting more.
 */
function assertValidMnemonic(mnemonic: string): void {
  if (mnemonic !== mnemonic.normalize('NFKD') || !validateMnemonic(mnemonic, english)) {
    throw new Error('Invalid mnemonic');
  }
}
