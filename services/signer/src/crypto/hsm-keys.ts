// Everything one node's hsmd derives from its secret, derived once and kept: the object a request
// handler holds. Each method is the pure function from its own module applied to cached keys.
import type { HDKey } from '@scure/bip32';
import { bytesToHex } from '@noble/hashes/utils.js';
import { bip32VersionsFor, type BitcoinNetwork, type Versions } from './bip32-root.ts';
import { bolt12AliasSigningKey, bolt12Sighash, bolt12SigningKey, deriveBolt12PayerBaseKey, signSchnorr } from './bolt12.ts';
import { ChannelKeys, deriveChannelSeed, deriveChannelSeedBase } from './channel-keys.ts';
import { deriveSecret, deriveSecretsBase } from './derived-secret.ts';
import { ecdh } from './ecdh.ts';
import { signChannelAnnouncement, signChannelUpdate, signNodeAnnouncement } from './gossip-signing.ts';
import { HsmSecret, type RootSecret } from './hsm-secret.ts';
import { signInvoice } from './invoice-signing.ts';
import { signBip137Message, signChallenge, signMessage } from './message-signing.ts';
import { deriveNodeKey, type NodeKey } from './node-key.ts';
import { OnchainWallet, type KeyPair } from './onchain-wallet.ts';

export class HsmKeys {
  readonly secret: HsmSecret;
  readonly nodeKey: NodeKey;
  readonly versions: Versions;
  private readonly derivedSecretsBase: Uint8Array;
  private readonly channelSeedBase: Uint8Array;
  private readonly channels = new Map<string, ChannelKeys>();
  // BIP32 work (several HMAC-SHA512s and point multiplications) only when first needed.
  private walletCache?: OnchainWallet;
  private payerBaseCache?: KeyPair;

  /** `network` picks the BIP32 version bytes (as `hsmd_init` carries them); pass `Versions` to give them directly. */
  constructor(secret: RootSecret, network: BitcoinNetwork | Versions = 'bitcoin') {
    this.secret = secret instanceof HsmSecret ? secret : HsmSecret.fromBytes(secret);
    this.versions = typeof network === 'string' ? bip32VersionsFor(network) : network;
    this.nodeKey = deriveNodeKey(this.secret);
    this.derivedSecretsBase = deriveSecretsBase(this.secret);
    this.channelSeedBase = deriveChannelSeedBase(this.secret);
  }

  get nodeId(): Uint8Array {
    return this.nodeKey.nodeId;
  }

  get wallet(): OnchainWallet {
    return (this.walletCache ??= new OnchainWallet(this.secret, this.versions));
  }

  /** The BOLT12 payer base key (m/9735' of the legacy master); its public key goes in the init reply. */
  get bolt12PayerBase(): KeyPair {
    return (this.payerBaseCache ??= deriveBolt12PayerBaseKey(this.wallet.legacyMaster));
  }

  /** The legacy m/0/0 key (`bip32` of the init reply) and, for mnemonic secrets, m/86'/0'/0'. */
  get walletBase(): HDKey {
    return this.wallet.legacyBase;
  }

  /** makesecret / hsmd `derive_secret` (27). */
  deriveSecret(info: Uint8Array | string): Uint8Array {
    return deriveSecret(this.derivedSecretsBase, info);
  }

  /** One channel's keys, derived on first use and cached by (peer id, dbid). */
  channelKeys(peerId: Uint8Array, dbid: bigint | number): ChannelKeys {
    const key = channelCacheKey(peerId, dbid);
    let keys = this.channels.get(key);
    if (!keys) {
      keys = new ChannelKeys(deriveChannelSeed(this.channelSeedBase, peerId, dbid));
      this.channels.set(key, keys);
    }
    return keys;
  }

  /** Drops a channel's cached keys (hsmd `forget_channel`); they can always be derived again. */
  forgetChannel(peerId: Uint8Array, dbid: bigint | number): void {
    this.channels.delete(channelCacheKey(peerId, dbid));
  }

  ecdh(publicKey: Uint8Array): Uint8Array {
    return ecdh(this.nodeKey, publicKey);
  }

  signInvoice(hrp: string | Uint8Array, u5data: Uint8Array): Uint8Array {
    return signInvoice(this.nodeKey, hrp, u5data);
  }

  signMessage(message: Uint8Array): Uint8Array {
    return signMessage(this.nodeKey, message);
  }

  signChallenge(challenge: Uint8Array): Uint8Array {
    return signChallenge(this.nodeKey, challenge);
  }

  signBip137Message(message: Uint8Array, keyIndex: number): Uint8Array {
    return signBip137Message(this.wallet.walletKey(keyIndex).privateKey, message);
  }

  signNodeAnnouncement(announcement: Uint8Array): Uint8Array {
    return signNodeAnnouncement(this.nodeKey, announcement);
  }

  signChannelUpdate(update: Uint8Array): Uint8Array {
    return signChannelUpdate(this.nodeKey, update);
  }

  signChannelAnnouncement(peerId: Uint8Array, dbid: bigint | number, announcement: Uint8Array) {
    return signChannelAnnouncement(this.nodeKey, this.channelKeys(peerId, dbid).fundingPrivateKey, announcement);
  }

  /** hsmd `sign_bolt12` (25): BIP340 signature, 64 bytes. */
  signBolt12(messageName: string, fieldName: string, merkleRoot: Uint8Array, publicTweak?: Uint8Array): Uint8Array {
    // Untweaked requests (offers) need no BIP32 work, so only touch the payer base when tweaking.
    const key = publicTweak?.length ? bolt12SigningKey(this.nodeKey, this.bolt12PayerBase, publicTweak) : this.nodeKey.privateKey;
    return signSchnorr(key, bolt12Sighash(messageName, fieldName, merkleRoot));
  }

  /** hsmd `sign_bolt12_2` (41): BIP340 signature, 64 bytes. */
  signBolt12WithAlias(messageName: string, fieldName: string, merkleRoot: Uint8Array, info: Uint8Array, tweakMessage?: Uint8Array): Uint8Array {
    const key = bolt12AliasSigningKey(this.nodeKey, this.derivedSecretsBase, info, tweakMessage);
    return signSchnorr(key, bolt12Sighash(messageName, fieldName, merkleRoot));
  }
}

function channelCacheKey(peerId: Uint8Array, dbid: bigint | number): string {
  return `${bytesToHex(peerId)}:${BigInt(dbid)}`;
}
