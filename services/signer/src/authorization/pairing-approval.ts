import {
  APPROVE_PAIRING_URI,
  isDeviceId,
  pairingRestrictionsProblem,
  restrictionGroups,
  verifyPairingApproval,
} from '@greenhouse/common';
import { createGreenlightRune, greenlightMethodFromPath, verifyGreenlightRune, type MasterRune } from '@greenhouse/common/runes';
import type { ApprovePairingRequest__Output } from '@greenhouse/common/generated/scheduler/ApprovePairingRequest.ts';
import type { ApprovePairingResponse } from '@greenhouse/common/generated/scheduler/ApprovePairingResponse.ts';

export interface PairingApprovalOptions {
  /** This signer's node: the approval must have been signed for it. */
  nodeId: Buffer;
  master: MasterRune;
  now: number;
  /** How far the approval's timestamp may lie from `now`, either way. Upstream does not check it. */
  windowMs: number;
}

export type PairingDecision = { approved: true; response: ApprovePairingResponse } | { approved: false; reason: string };

/** The approving device's rune must allow this method (`approvepairing`). */
const APPROVE_PAIRING_METHOD = greenlightMethodFromPath(APPROVE_PAIRING_URI);

/**
 * Greenlight's `process_pairing_approval` (research/greenlight.md §6 step 6), stricter: the
 * approving device's signature over the bytes rebuilt with this signer's own node id, the
 * timestamp within the freshness window, the approver's rune (it must allow `approvepairing` for
 * the key that signed), and restrictions that bind the new rune to the new device's key. Only then
 * is a rune minted with exactly those restrictions. Every refusal says why.
 */
export function decidePairingApproval(request: ApprovePairingRequest__Output, options: PairingApprovalOptions): PairingDecision {
  const refuse = (reason: string): PairingDecision => ({ approved: false, reason });
  if (!isDeviceId(request.device_id)) return refuse('device_id is not a device key (130 lowercase hex digits, 04…)');
  const signed = {
    deviceId: request.device_id,
    timestamp: request.timestamp,
    nodeId: options.nodeId,
    deviceName: request.device_name,
    restrictions: request.restrictions,
  };
  if (!verifyPairingApproval(request.pubkey, request.sig, signed)) {
    return refuse('the approval\'s signature does not verify with its pubkey over this node\'s pairing bytes');
  }
  const timestampMs = Number(request.timestamp) * 1000;
  if (Math.abs(options.now - timestampMs) > options.windowMs) {
    return refuse(
      `the approval is dated ${new Date(timestampMs).toISOString()}, more than ${Math.round(options.windowMs / 1000)} s from this signer's clock (stale, replayed, or a clock is wrong)`,
    );
  }
  const runeCheck = verifyGreenlightRune(options.master, request.rune, {
    method: APPROVE_PAIRING_METHOD,
    pubkey: request.pubkey,
    now: new Date(options.now),
  });
  if (!runeCheck.ok) return refuse(`the approving device's rune does not allow approving pairings: ${runeCheck.reason}`);
  const problem = pairingRestrictionsProblem(request.restrictions, request.device_id);
  if (problem) return refuse(problem);
  const rune = createGreenlightRune(options.master, restrictionGroups(request.restrictions));
  return { approved: true, response: { device_id: request.device_id, node_id: options.nodeId, rune } };
}
