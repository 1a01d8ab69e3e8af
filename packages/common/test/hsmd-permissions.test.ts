import { describe, expect, it } from 'vitest';
import {
  allowedRequestTypes,
  checkClientPermission,
  describePermissions,
  expectsReply,
  HSM_MASTER_PERMISSIONS,
  HSM_MAX_VERSION,
  HSM_MIN_VERSION,
  HSM_PERM_COMMITMENT_POINT,
  HSM_PERM_ECDH,
  HSM_PERM_LOCK_OUTPOINT,
  HSM_PERM_MASTER,
  HSM_PERM_SIGN_CLOSING_TX,
  HSM_PERM_SIGN_GOSSIP,
  HSM_PERM_SIGN_ONCHAIN_TX,
  HSM_PERM_SIGN_REMOTE_TX,
  HSM_PERM_SIGN_SPLICE_TX,
  HSM_PERM_SIGN_WILL_FUND_OFFER,
  HSMD_MESSAGES,
  HSMD_REPLIES,
  HSMD_TYPE,
  replyTypesFor,
  requiredPermission,
} from '../src/hsmd/index.ts';

// The permission sets lightningd asks for (research/cln-hsmd.md §1.6, lightningd/*_control.c).
const CONNECTD = HSM_PERM_ECDH; // 1
const OPENINGD = HSM_PERM_COMMITMENT_POINT | HSM_PERM_SIGN_REMOTE_TX; // 24
const DUALOPEND = OPENINGD | HSM_PERM_SIGN_WILL_FUND_OFFER | HSM_PERM_LOCK_OUTPOINT; // 344
const CHANNELD =
  HSM_PERM_SIGN_GOSSIP |
  HSM_PERM_ECDH |
  HSM_PERM_COMMITMENT_POINT |
  HSM_PERM_SIGN_REMOTE_TX |
  HSM_PERM_SIGN_ONCHAIN_TX |
  HSM_PERM_SIGN_CLOSING_TX |
  HSM_PERM_SIGN_SPLICE_TX |
  HSM_PERM_LOCK_OUTPOINT; // 447
const CLOSINGD = HSM_PERM_SIGN_CLOSING_TX | HSM_PERM_COMMITMENT_POINT; // 40
const ONCHAIND = HSM_PERM_SIGN_ONCHAIN_TX | HSM_PERM_COMMITMENT_POINT; // 12

describe('hsmd versions and permission bits (v26.06.6)', () => {
  it('has the constants of common/hsm_version.h and hsmd/permissions.h', () => {
    expect([HSM_MIN_VERSION, HSM_MAX_VERSION]).toEqual([5, 6]);
    expect([CONNECTD, OPENINGD, DUALOPEND, CHANNELD, CLOSINGD, ONCHAIND]).toEqual([1, 24, 344, 447, 40, 12]);
    expect(HSM_PERM_MASTER).toBe(1024);
    expect(HSM_MASTER_PERMISSIONS).toBe(1027);
    expect(describePermissions(447)).toBe('ECDH|SIGN_GOSSIP|SIGN_ONCHAIN_TX|COMMITMENT_POINT|SIGN_REMOTE_TX|SIGN_CLOSING_TX|SIGN_SPLICE_TX|LOCK_OUTPOINT');
    expect(describePermissions(0n)).toBe('none');
    expect(describePermissions(1n | 4096n)).toBe('ECDH|0x1000');
  });
});

describe('which requests a client may send (hsmd_check_client_capabilities)', () => {
  it('connectd may only do ECDH', () => {
    expect(allowedRequestTypes(CONNECTD)).toEqual([1]);
  });

  it('each channel daemon gets exactly the requests its permissions cover', () => {
    expect(allowedRequestTypes(OPENINGD)).toEqual([18, 19, 20, 22, 31, 35, 36, 40]);
    expect(allowedRequestTypes(ONCHAIND)).toEqual([12, 13, 14, 18, 22, 31]);
    expect(allowedRequestTypes(CLOSINGD)).toEqual([18, 21, 22, 31]);
    expect(allowedRequestTypes(DUALOPEND)).toEqual([18, 19, 20, 22, 26, 31, 32, 35, 36, 37, 40]);
    expect(allowedRequestTypes(CHANNELD)).toEqual([1, 2, 3, 6, 12, 13, 14, 18, 19, 20, 21, 22, 29, 31, 32, 35, 36, 37, 40]);
  });

  it('only the master may init, create clients, derive secrets, sign invoices and wallet spends', () => {
    for (const name of [
      'hsmd_init',
      'hsmd_dev_preinit',
      'hsmd_client_hsmfd',
      'hsmd_derive_secret',
      'hsmd_sign_invoice',
      'hsmd_sign_message',
      'hsmd_sign_withdrawal',
      'hsmd_check_pubkey',
      'hsmd_check_bip86_pubkey',
      'hsmd_dev_memleak',
      'hsmd_sign_any_cannouncement_req',
    ] as const) {
      expect(requiredPermission(HSMD_TYPE[name])).toBe(HSM_PERM_MASTER);
      expect(checkClientPermission(HSMD_TYPE[name], CHANNELD).allowed).toBe(false);
      expect(checkClientPermission(HSMD_TYPE[name], HSM_MASTER_PERMISSIONS)).toEqual({ allowed: true });
    }
  });

  it('the master connection itself may not use per-channel-client permissions it lacks', () => {
    // Stock hsmd gives lightningd MASTER|SIGN_GOSSIP|ECDH only: a commitment point request on fd 3 fails.
    expect(checkClientPermission(18, HSM_MASTER_PERMISSIONS).allowed).toBe(false);
    expect(allowedRequestTypes(HSM_MASTER_PERMISSIONS)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 23, 24, 25, 27, 28, 30, 33, 34, 38, 39, 41, 45, 51, 52, 56, 99, 142, 143, 144, 146, 147, 149],
    );
  });

  it('explains a refusal', () => {
    expect(checkClientPermission(19, CONNECTD)).toEqual({
      allowed: false,
      reason: 'hsmd_sign_remote_commitment_tx (19) needs permission SIGN_REMOTE_TX (16); the client has ECDH (1)',
    });
    expect(checkClientPermission(27, 447n)).toMatchObject({ reason: expect.stringMatching(/^hsmd_derive_secret \(27\) needs permission MASTER \(1024\)/) });
    expect(checkClientPermission(100, HSM_MASTER_PERMISSIONS)).toEqual({
      allowed: false,
      reason: 'hsmd_ecdh_resp (100) is sent by hsmd, not to it',
    });
    expect(checkClientPermission(16, HSM_MASTER_PERMISSIONS)).toEqual({
      allowed: false,
      reason: 'unknown message type 16 is not an hsmd request',
    });
  });

  it('accepts the permission bits as bigint (Greenlight sends uint64)', () => {
    expect(checkClientPermission(1, 1n)).toEqual({ allowed: true });
    expect(allowedRequestTypes(24n)).toEqual(allowedRequestTypes(24));
  });
});

describe('request/reply pairing', () => {
  const requests = HSMD_MESSAGES.filter((m) => requiredPermission(m.type) !== undefined);

  it('covers the 49 request types; every other message is a reply or status message', () => {
    expect(requests).toHaveLength(49);
    expect(Object.keys(HSMD_REPLIES).sort()).toEqual(requests.map((m) => m.name).sort());
    const replies = new Set(Object.values(HSMD_REPLIES).flat());
    const others = HSMD_MESSAGES.filter((m) => requiredPermission(m.type) === undefined).map((m) => m.name);
    expect(others.filter((name) => !replies.has(name))).toEqual(['hsmstatus_client_bad_request']);
  });

  it('knows the replies that do not follow the +100 pattern', () => {
    expect(replyTypesFor(11)).toEqual([114, 115]);
    expect(replyTypesFor(19)).toEqual([112]);
    expect(replyTypesFor(51)).toEqual([151, 138]);
    expect(replyTypesFor(147)).toEqual([148]);
    expect(replyTypesFor(100)).toBeUndefined();
  });

  it('hsmd_dev_preinit gets no reply, so a proxy must not wait for one', () => {
    expect(replyTypesFor(99)).toEqual([]);
    expect(expectsReply(99)).toBe(false);
    expect(expectsReply(9)).toBe(true);
    expect(expectsReply(4242)).toBe(true);
  });
});
