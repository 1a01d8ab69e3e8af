// Which reply answers which request (not in the CSV: from hsmd/libhsmd.c, hsmd/hsmd.c and the
// lightningd callers at v26.06.6). A proxy needs it to know when a request gets no reply at all.
import { HSMD_TYPE } from './catalogue.ts';
import type { HsmdMessageName } from './message-types.ts';

const SIGN_TX_REPLY = ['hsmd_sign_tx_reply'] as const;

/**
 * Replies each request may get, the usual one first. `[]` means no reply is ever sent. Stock hsmd
 * answers the `_check` preapprovals with the older reply types, and lightningd accepts either.
 */
export const HSMD_REPLIES: { readonly [N in HsmdMessageName]?: readonly HsmdMessageName[] } = {
  hsmd_dev_preinit: [],
  hsmd_init: ['hsmd_init_reply_v4', 'hsmd_init_reply_failure'],
  hsmd_new_channel: ['hsmd_new_channel_reply'],
  hsmd_client_hsmfd: ['hsmd_client_hsmfd_reply'],
  hsmd_get_channel_basepoints: ['hsmd_get_channel_basepoints_reply'],
  hsmd_setup_channel: ['hsmd_setup_channel_reply'],
  hsmd_check_outpoint: ['hsmd_check_outpoint_reply'],
  hsmd_lock_outpoint: ['hsmd_lock_outpoint_reply'],
  hsmd_forget_channel: ['hsmd_forget_channel_reply'],
  hsmd_node_announcement_sig_req: ['hsmd_node_announcement_sig_reply'],
  hsmd_sign_withdrawal: ['hsmd_sign_withdrawal_reply'],
  hsmd_sign_invoice: ['hsmd_sign_invoice_reply'],
  hsmd_preapprove_invoice: ['hsmd_preapprove_invoice_reply'],
  hsmd_preapprove_keysend: ['hsmd_preapprove_keysend_reply'],
  hsmd_preapprove_invoice_check: ['hsmd_preapprove_invoice_check_reply', 'hsmd_preapprove_invoice_reply'],
  hsmd_preapprove_keysend_check: ['hsmd_preapprove_keysend_check_reply', 'hsmd_preapprove_keysend_reply'],
  hsmd_ecdh_req: ['hsmd_ecdh_resp'],
  hsmd_cannouncement_sig_req: ['hsmd_cannouncement_sig_reply'],
  hsmd_sign_any_cannouncement_req: ['hsmd_sign_any_cannouncement_reply'],
  hsmd_cupdate_sig_req: ['hsmd_cupdate_sig_reply'],
  hsmd_sign_commitment_tx: ['hsmd_sign_commitment_tx_reply'],
  hsmd_validate_commitment_tx: ['hsmd_validate_commitment_tx_reply'],
  hsmd_revoke_commitment_tx: ['hsmd_revoke_commitment_tx_reply'],
  hsmd_validate_revocation: ['hsmd_validate_revocation_reply'],
  hsmd_sign_delayed_payment_to_us: SIGN_TX_REPLY,
  hsmd_sign_remote_htlc_to_us: SIGN_TX_REPLY,
  hsmd_sign_penalty_to_us: SIGN_TX_REPLY,
  hsmd_sign_remote_commitment_tx: SIGN_TX_REPLY,
  hsmd_sign_remote_htlc_tx: SIGN_TX_REPLY,
  hsmd_sign_mutual_close_tx: SIGN_TX_REPLY,
  hsmd_sign_splice_tx: SIGN_TX_REPLY,
  hsmd_get_per_commitment_point: ['hsmd_get_per_commitment_point_reply'],
  hsmd_dev_memleak: ['hsmd_dev_memleak_reply'],
  hsmd_check_future_secret: ['hsmd_check_future_secret_reply'],
  hsmd_sign_message: ['hsmd_sign_message_reply'],
  hsmd_bip137_sign_message: ['hsmd_bip137_sign_message_reply'],
  hsmd_get_output_scriptpubkey: ['hsmd_get_output_scriptpubkey_reply'],
  hsmd_sign_bolt12: ['hsmd_sign_bolt12_reply'],
  hsmd_sign_bolt12_2: ['hsmd_sign_bolt12_2_reply'],
  hsmd_sign_option_will_fund_offer: ['hsmd_sign_option_will_fund_offer_reply'],
  hsmd_derive_secret: ['hsmd_derive_secret_reply'],
  hsmd_check_pubkey: ['hsmd_check_pubkey_reply'],
  hsmd_check_bip86_pubkey: ['hsmd_check_bip86_pubkey_reply'],
  hsmd_sign_anchorspend: ['hsmd_sign_anchorspend_reply'],
  hsmd_sign_any_delayed_payment_to_us: SIGN_TX_REPLY,
  hsmd_sign_any_remote_htlc_to_us: SIGN_TX_REPLY,
  hsmd_sign_any_penalty_to_us: SIGN_TX_REPLY,
  hsmd_sign_any_local_htlc_tx: SIGN_TX_REPLY,
  hsmd_sign_htlc_tx_mingle: ['hsmd_sign_htlc_tx_mingle_reply'],
};

const repliesByType = new Map<number, readonly number[]>(
  Object.entries(HSMD_REPLIES).map(([request, replies]) => [
    HSMD_TYPE[request as HsmdMessageName],
    replies!.map((reply) => HSMD_TYPE[reply]),
  ]),
);

/** Reply types a request may get (`[]` for hsmd_dev_preinit), or undefined if it is not a request. */
export function replyTypesFor(requestType: number): readonly number[] | undefined {
  return repliesByType.get(requestType);
}

/**
 * False only for requests that are never answered (hsmd_dev_preinit): a proxy must not wait for a
 * reply to them. Unknown types count as answered, since a forwarding proxy passes them on and waits.
 */
export function expectsReply(requestType: number): boolean {
  return (repliesByType.get(requestType)?.length ?? 1) > 0;
}
