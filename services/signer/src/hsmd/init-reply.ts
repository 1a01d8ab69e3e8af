import { HSM_MAX_VERSION, HSMD_TYPE, type HsmdMessageInputOf } from '@greenhouse/common/hsmd';
import { serializeExtendedPublicKey, type HsmKeys } from '../crypto/index.ts';

/** Oldest hsmd wire version whose requests we answer (stock hsmd accepts 4..6). */
const OLDEST_WIRE_VERSION = 4;

/**
 * Message types advertised in the init reply. lightningd refuses to start without 147 (anchors)
 * and 29 (splicing), which are on by default; 34 lets it forget channels. 28/56 are deliberately
 * not advertised: with them lightningd checks 51 wallet keys on every start, and each check would
 * wait for a remote signer — a node could not boot before its signer attaches.
 */
export const ADVERTISED_CAPABILITIES = [HSMD_TYPE.hsmd_sign_anchorspend, HSMD_TYPE.hsmd_sign_splice_tx, HSMD_TYPE.hsmd_forget_channel];

/** The version both sides speak, or undefined when their ranges do not meet. */
export function negotiateWireVersion(theirMin: number, theirMax: number): number | undefined {
  const version = Math.min(theirMax, HSM_MAX_VERSION);
  return version >= Math.max(theirMin, OLDEST_WIRE_VERSION) ? version : undefined;
}

/** `hsmd_init_reply_v4`: node id, wallet base xpub (m/0/0), BOLT12 payer key, secret type, BIP86 base. */
export function initReply(keys: HsmKeys, hsmVersion: number): HsmdMessageInputOf<'hsmd_init_reply_v4'> {
  const bip86Base = keys.wallet.bip86BaseExtendedPublicKey;
  return {
    kind: 'hsmd_init_reply_v4',
    hsm_version: hsmVersion,
    hsm_capabilities: ADVERTISED_CAPABILITIES,
    node_id: keys.nodeId,
    bip32: serializeExtendedPublicKey(keys.walletBase),
    bolt12: keys.bolt12PayerBase.publicKey,
    tlvs: { hsm_secret_type: keys.secret.type, ...(bip86Base && { bip86_base: bip86Base }) },
  };
}
