// hsmd client permissions (hsmd/permissions.h) and which request each one allows
// (hsmd/libhsmd.c hsmd_check_client_capabilities), plus the wire versions (common/hsm_version.h),
// all as of CLN v26.06.6. The signer refuses a request its client connection may not send.
import { describeHsmdType, hsmdMessageName, HSMD_TYPE } from './catalogue.ts';
import type { HsmdMessageName } from './message-types.ts';

/** Lowest hsmd wire version lightningd accepts (it sends this as hsm_wire_min_version). */
export const HSM_MIN_VERSION = 5;
/** Highest hsmd wire version lightningd speaks (hsm_wire_max_version); answer this in hsm_version. */
export const HSM_MAX_VERSION = 6;

export const HSM_PERM_ECDH = 1;
export const HSM_PERM_SIGN_GOSSIP = 2;
export const HSM_PERM_SIGN_ONCHAIN_TX = 4;
export const HSM_PERM_COMMITMENT_POINT = 8;
export const HSM_PERM_SIGN_REMOTE_TX = 16;
export const HSM_PERM_SIGN_CLOSING_TX = 32;
export const HSM_PERM_SIGN_WILL_FUND_OFFER = 64;
export const HSM_PERM_SIGN_SPLICE_TX = 128;
export const HSM_PERM_LOCK_OUTPOINT = 256;
export const HSM_PERM_MASTER = 1024;

/** Permission bit names, for messages: `describePermissions(447)`. */
export const HSM_PERMISSIONS = {
  ECDH: HSM_PERM_ECDH,
  SIGN_GOSSIP: HSM_PERM_SIGN_GOSSIP,
  SIGN_ONCHAIN_TX: HSM_PERM_SIGN_ONCHAIN_TX,
  COMMITMENT_POINT: HSM_PERM_COMMITMENT_POINT,
  SIGN_REMOTE_TX: HSM_PERM_SIGN_REMOTE_TX,
  SIGN_CLOSING_TX: HSM_PERM_SIGN_CLOSING_TX,
  SIGN_WILL_FUND_OFFER: HSM_PERM_SIGN_WILL_FUND_OFFER,
  SIGN_SPLICE_TX: HSM_PERM_SIGN_SPLICE_TX,
  LOCK_OUTPOINT: HSM_PERM_LOCK_OUTPOINT,
  MASTER: HSM_PERM_MASTER,
} as const;

/** lightningd's own connection (fd 3): stock hsmd gives it MASTER|SIGN_GOSSIP|ECDH (hsmd/hsmd.c). */
export const HSM_MASTER_PERMISSIONS = HSM_PERM_MASTER | HSM_PERM_SIGN_GOSSIP | HSM_PERM_ECDH;

/** The permission each request needs; a type not listed (replies, unknown types) is never allowed. */
const REQUIRED_PERMISSION: { readonly [N in HsmdMessageName]?: number } = {
  hsmd_ecdh_req: HSM_PERM_ECDH,

  hsmd_cannouncement_sig_req: HSM_PERM_SIGN_GOSSIP,
  hsmd_cupdate_sig_req: HSM_PERM_SIGN_GOSSIP,
  hsmd_node_announcement_sig_req: HSM_PERM_SIGN_GOSSIP,

  hsmd_sign_delayed_payment_to_us: HSM_PERM_SIGN_ONCHAIN_TX,
  hsmd_sign_remote_htlc_to_us: HSM_PERM_SIGN_ONCHAIN_TX,
  hsmd_sign_penalty_to_us: HSM_PERM_SIGN_ONCHAIN_TX,

  hsmd_get_per_commitment_point: HSM_PERM_COMMITMENT_POINT,
  hsmd_check_future_secret: HSM_PERM_COMMITMENT_POINT,
  hsmd_setup_channel: HSM_PERM_COMMITMENT_POINT,

  hsmd_sign_remote_commitment_tx: HSM_PERM_SIGN_REMOTE_TX,
  hsmd_sign_remote_htlc_tx: HSM_PERM_SIGN_REMOTE_TX,
  hsmd_validate_commitment_tx: HSM_PERM_SIGN_REMOTE_TX,
  hsmd_revoke_commitment_tx: HSM_PERM_SIGN_REMOTE_TX,
  hsmd_validate_revocation: HSM_PERM_SIGN_REMOTE_TX,

  hsmd_sign_mutual_close_tx: HSM_PERM_SIGN_CLOSING_TX,
  hsmd_sign_splice_tx: HSM_PERM_SIGN_SPLICE_TX,
  hsmd_sign_option_will_fund_offer: HSM_PERM_SIGN_WILL_FUND_OFFER,

  hsmd_check_outpoint: HSM_PERM_LOCK_OUTPOINT,
  hsmd_lock_outpoint: HSM_PERM_LOCK_OUTPOINT,

  hsmd_check_bip86_pubkey: HSM_PERM_MASTER,
  hsmd_init: HSM_PERM_MASTER,
  hsmd_dev_preinit: HSM_PERM_MASTER,
  hsmd_new_channel: HSM_PERM_MASTER,
  hsmd_forget_channel: HSM_PERM_MASTER,
  hsmd_client_hsmfd: HSM_PERM_MASTER,
  hsmd_sign_withdrawal: HSM_PERM_MASTER,
  hsmd_sign_invoice: HSM_PERM_MASTER,
  hsmd_sign_commitment_tx: HSM_PERM_MASTER,
  hsmd_get_channel_basepoints: HSM_PERM_MASTER,
  hsmd_dev_memleak: HSM_PERM_MASTER,
  hsmd_sign_message: HSM_PERM_MASTER,
  hsmd_bip137_sign_message: HSM_PERM_MASTER,
  hsmd_get_output_scriptpubkey: HSM_PERM_MASTER,
  hsmd_sign_bolt12: HSM_PERM_MASTER,
  hsmd_sign_bolt12_2: HSM_PERM_MASTER,
  hsmd_preapprove_invoice: HSM_PERM_MASTER,
  hsmd_preapprove_keysend: HSM_PERM_MASTER,
  hsmd_preapprove_invoice_check: HSM_PERM_MASTER,
  hsmd_preapprove_keysend_check: HSM_PERM_MASTER,
  hsmd_derive_secret: HSM_PERM_MASTER,
  hsmd_check_pubkey: HSM_PERM_MASTER,
  hsmd_sign_any_penalty_to_us: HSM_PERM_MASTER,
  hsmd_sign_any_delayed_payment_to_us: HSM_PERM_MASTER,
  hsmd_sign_any_remote_htlc_to_us: HSM_PERM_MASTER,
  hsmd_sign_any_local_htlc_tx: HSM_PERM_MASTER,
  hsmd_sign_anchorspend: HSM_PERM_MASTER,
  hsmd_sign_htlc_tx_mingle: HSM_PERM_MASTER,
  hsmd_sign_any_cannouncement_req: HSM_PERM_MASTER,
};

const requiredByType = new Map<number, number>(
  Object.entries(REQUIRED_PERMISSION).map(([name, bit]) => [HSMD_TYPE[name as HsmdMessageName], bit!]),
);

/** The permission bit a request type needs, or undefined if no client may send it (reply or unknown). */
export function requiredPermission(type: number): number | undefined {
  return requiredByType.get(type);
}

/** "SIGN_GOSSIP|ECDH" for 3; unnamed bits appear as numbers. */
export function describePermissions(permissions: bigint | number): string {
  const bits = BigInt(permissions);
  const names = Object.entries(HSM_PERMISSIONS)
    .filter(([, bit]) => (bits & BigInt(bit)) !== 0n)
    .map(([name]) => name);
  const known = Object.values(HSM_PERMISSIONS).reduce((all, bit) => all | BigInt(bit), 0n);
  const rest = bits & ~known;
  if (rest !== 0n) names.push(`0x${rest.toString(16)}`);
  return names.length === 0 ? 'none' : names.join('|');
}

function permissionName(bit: number): string {
  return Object.entries(HSM_PERMISSIONS).find(([, value]) => value === bit)?.[0] ?? String(bit);
}

export type PermissionCheck = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/**
 * Whether a client connection holding `permissions` may send a message of `type` — the check stock
 * hsmd makes before handling any request. On refusal, `reason` says what was missing.
 */
export function checkClientPermission(type: number, permissions: bigint | number): PermissionCheck {
  const needed = requiredByType.get(type);
  if (needed === undefined) {
    const reason =
      hsmdMessageName(type) === undefined
        ? `${describeHsmdType(type)} is not an hsmd request`
        : `${describeHsmdType(type)} is sent by hsmd, not to it`;
    return { allowed: false, reason };
  }
  if ((BigInt(permissions) & BigInt(needed)) !== 0n) return { allowed: true };
  return {
    allowed: false,
    reason: `${describeHsmdType(type)} needs permission ${permissionName(needed)} (${needed}); the client has ${describePermissions(permissions)} (${BigInt(permissions)})`,
  };
}

/** Every request type a client with `permissions` may send, ascending. */
export function allowedRequestTypes(permissions: bigint | number): number[] {
  const bits = BigInt(permissions);
  return [...requiredByType]
    .filter(([, bit]) => (bits & BigInt(bit)) !== 0n)
    .map(([type]) => type)
    .sort((a, b) => a - b);
}
