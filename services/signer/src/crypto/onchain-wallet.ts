// On-chain wallet keys as CLN's hsmd derives them (`bitcoin_key`, `bip86_key` in hsmd/libhsmd.c).
import type { HDKey } from '@scure/bip32';
import { HARDENED_OFFSET } from '@scure/bip32';
import {
  deriveBip86Master,
  deriveLegacyBip32Master,
  MAINNET_BIP32_VERSIONS,
  serializeExtendedPublicKey,
  type Versions,
} from './bip32-root.ts';
import { rootSecretBytes, type RootSecret } from './hsm-secret.ts';

export interface KeyPair {
  readonly privateKey: Uint8Array;
  /** 33-byte compressed public key. */
  readonly publicKey: Uint8Array;
}

/** Keeps the derived branches so each address index costs one child derivation, once. */
export class OnchainWallet {
  /** m/0/0 of the legacy master: the `bip32` ext_key of `hsmd_init_reply_v4`; its child i is wallet key i. */
  readonly legacyBase: HDKey;
  /** m/86'/0'/0' of the BIP39 seed (coin type 0' on every network), for 64-byte secrets only: TLV `bip86_base`. */
  readonly bip86Base: HDKey | undefined;
  /** The legacy master itself (m), kept for the BOLT12 payer base key (m/9735'). */
  readonly legacyMaster: HDKey;
  private readonly bip86External: HDKey | undefined;
  private readonly legacyKeys = new Map<number, KeyPair>();
  private readonly bip86Keys = new Map<number, KeyPair>();

  constructor(secret: RootSecret, versions: Versions = MAINNET_BIP32_VERSIONS) {
    this.legacyMaster = deriveLegacyBip32Master(secret, versions);
    this.legacyBase = this.legacyMaster.deriveChild(0).deriveChild(0);
    if (rootSecretBytes(secret).length === 64) {
      this.bip86Base = deriveBip86Master(secret, versions).derive("m/86'/0'/0'");
      this.bip86External = this.bip86Base.deriveChild(0);
    }
  }

  /** True when wallet keys come from BIP86 (mnemonic secret); CLN then uses it for p2tr and p2wpkh alike. */
  get usesBip86(): boolean {
    return this.bip86Base !== undefined;
  }

  /** 78-byte serialized m/0/0 xpub, as `hsmd_init_reply_v4.bip32` carries it. */
  get legacyBaseExtendedPublicKey(): Uint8Array {
    return serializeExtendedPublicKey(this.legacyBase);
  }

  /** 78-byte serialized m/86'/0'/0' xpub (TLV 2 of the init reply), or undefined for 32-byte secrets. */
  get bip86BaseExtendedPublicKey(): Uint8Array | undefined {
    return this.bip86Base && serializeExtendedPublicKey(this.bip86Base);
  }

  /** m/0/0/index: what `check_pubkey` (28) compares against. */
  legacyKey(index: number): KeyPair {
    return cachedChild(this.legacyKeys, this.legacyBase, index);
  }

  /** m/86'/0'/0'/0/index: what `check_bip86_pubkey` (56) compares against. */
  bip86Key(index: number): KeyPair {
    if (!this.bip86External) throw new Error('BIP86 derivation requires a 64-byte (mnemonic) secret');
    return cachedChild(this.bip86Keys, this.bip86External, index);
  }

  /** The key hsmd spends wallet UTXO `keyindex` with (and signs BIP137 messages with): BIP86 if available. */
  walletKey(index: number): KeyPair {
    return this.usesBip86 ? this.bip86Key(index) : this.legacyKey(index);
  }
}

function cachedChild(cache: Map<number, KeyPair>, parent: HDKey, index: number): KeyPair {
  // hsmd refuses hardened indexes here ("Index %u too great").
  if (!Number.isInteger(index) || index < 0 || index >= HARDENED_OFFSET) {
    throw new RangeError(`wallet key index ${index} out of range`);
  }
  let pair = cache.get(index);
  if (!pair) {
    const child = parent.deriveChild(index);
    pair = { privateKey: child.privateKey!, publicKey: child.publicKey! };
    cache.set(index, pair);
  }
  return pair;
}
