// Per-channel secrets (`get_channel_seed` in hsmd/libhsmd.c, `derive_basepoints` in
// common/derive_basepoints.c).
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes } from '@noble/hashes/utils.js';
import { assertLength, u64le, utf8 } from './bytes.ts';
import { rootSecretBytes, type RootSecret } from './hsm-secret.ts';
import { perCommitmentPoint, perCommitmentSecret } from './shachain.ts';
import { deriveRevocationPrivateKey, deriveSimplePrivateKey } from './commitment-keys.ts';
import { publicKeyOf } from './libsecp256k1.ts';

// The info strings say "peer" because CLN once had one channel per peer; they cannot change now.
const PEER_SEED_INFO = utf8('peer seed');
const PER_PEER_SEED_INFO = utf8('per-peer seed');
const CHANNEL_KEYS_INFO = utf8('c-lightning');

/** HKDF(ikm = S[0..32], no salt, info "peer seed"): the base every channel seed mixes into. */
export function deriveChannelSeedBase(secret: RootSecret): Uint8Array {
  return hkdf(sha256, rootSecretBytes(secret).subarray(0, 32), undefined, PEER_SEED_INFO, 32);
}

/** HKDF(ikm = base, salt = peer node id (33 bytes) ‖ dbid as u64 little-endian, info "per-peer seed"). */
export function deriveChannelSeed(channelSeedBase: Uint8Array, peerId: Uint8Array, dbid: bigint | number): Uint8Array {
  assertLength(peerId, 33, 'peer node id');
  return hkdf(sha256, channelSeedBase, concatBytes(peerId, u64le(dbid)), PER_PEER_SEED_INFO, 32);
}

/** The four basepoints in BOLT #2 / hsmd wire order. */
export interface Basepoints {
  readonly revocation: Uint8Array;
  readonly payment: Uint8Array;
  readonly htlc: Uint8Array;
  readonly delayedPayment: Uint8Array;
}

/**
 * One channel's secrets: HKDF(ikm = channel seed, no salt, info "c-lightning") → 192 bytes, cut in
 * CLN's `struct keys` order: funding, revocation, htlc, payment, delayed payment, shaseed.
 * Public keys are computed on first use and kept.
 */
export class ChannelKeys {
  readonly fundingPrivateKey: Uint8Array;
  readonly revocationBasepointSecret: Uint8Array;
  readonly htlcBasepointSecret: Uint8Array;
  readonly paymentBasepointSecret: Uint8Array;
  readonly delayedPaymentBasepointSecret: Uint8Array;
  readonly shaseed: Uint8Array;
  private fundingPublicKeyCache?: Uint8Array;
  private basepointsCache?: Basepoints;

  constructor(readonly channelSeed: Uint8Array) {
    assertLength(channelSeed, 32, 'channel seed');
    const keys = hkdf(sha256, channelSeed, undefined, CHANNEL_KEYS_INFO, 192);
    this.fundingPrivateKey = keys.subarray(0, 32);
    this.revocationBasepointSecret = keys.subarray(32, 64);
    this.htlcBasepointSecret = keys.subarray(64, 96);
    this.paymentBasepointSecret = keys.subarray(96, 128);
    this.delayedPaymentBasepointSecret = keys.subarray(128, 160);
    this.shaseed = keys.subarray(160, 192);
  }

  get fundingPublicKey(): Uint8Array {
    return (this.fundingPublicKeyCache ??= publicKeyOf(this.fundingPrivateKey));
  }

  get basepoints(): Basepoints {
    return (this.basepointsCache ??= {
      revocation: publicKeyOf(this.revocationBasepointSecret),
      payment: publicKeyOf(this.paymentBasepointSecret),
      htlc: publicKeyOf(this.htlcBasepointSecret),
      delayedPayment: publicKeyOf(this.delayedPaymentBasepointSecret),
    });
  }

  perCommitmentSecret(commitmentNumber: number | bigint): Uint8Array {
    return perCommitmentSecret(this.shaseed, commitmentNumber);
  }

  perCommitmentPoint(commitmentNumber: number | bigint): Uint8Array {
    return perCommitmentPoint(this.shaseed, commitmentNumber);
  }

  /** BOLT 3 htlcpubkey's secret for the commitment whose per-commitment point is given (ours or theirs). */
  htlcPrivateKey(perCommitmentPoint: Uint8Array): Uint8Array {
    return deriveSimplePrivateKey(this.htlcBasepointSecret, this.basepoints.htlc, perCommitmentPoint);
  }

  /** BOLT 3 local_delayedpubkey's secret for our commitment with that per-commitment point. */
  delayedPaymentPrivateKey(perCommitmentPoint: Uint8Array): Uint8Array {
    return deriveSimplePrivateKey(this.delayedPaymentBasepointSecret, this.basepoints.delayedPayment, perCommitmentPoint);
  }

  /** BOLT 3 revocationprivkey for their commitment, once they revealed its per-commitment secret. */
  revocationPrivateKey(theirPerCommitmentSecret: Uint8Array): Uint8Array {
    const theirPoint = publicKeyOf(theirPerCommitmentSecret);
    return deriveRevocationPrivateKey(this.revocationBasepointSecret, theirPerCommitmentSecret, this.basepoints.revocation, theirPoint);
  }

  /**
   * Our to_remote output on their commitment (`hsm_unilateral_close_privkey`): the payment basepoint
   * secret itself (static_remotekey/anchors: no commitment point), else tweaked with their point.
   */
  toRemotePrivateKey(commitmentPoint: Uint8Array | undefined): Uint8Array {
    if (!commitmentPoint) return this.paymentBasepointSecret;
    return deriveSimplePrivateKey(this.paymentBasepointSecret, this.basepoints.payment, commitmentPoint);
  }
}
