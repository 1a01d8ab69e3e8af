// The payments the signer approved (preapprove_invoice / preapprove_keysend for a pending signed
// Pay, Xpay, KeySend…), so that the outgoing HTLCs lightningd then offers for them can be told from
// HTLCs nobody asked for (spending-policy.ts, the payment rule at sign_remote_commitment_tx). Kept in
// the node-relayed signer_state under one key, so a restarted or second signer of the node knows
// them too. The list is bounded: an approval only has to outlive the payment's attempts (an HTLC
// once committed is known from the channel's own record), so old entries are dropped by age and
// count. One key rather than one per payment: a deleted key leaves a tombstone in signer_state for
// good, and the state goes with every request.
import { canonicalJson, type JsonObject, type JsonValue, type SignerState } from '@greenhouse/common/signer-state';

export const PAYMENT_APPROVALS_KEY = 'greenhouse/payments/approved';

/** Longer than pay's and xpay's default retry_for (60 s) and the signed-call freshness window (5 min). */
export const APPROVAL_LIFETIME_MS = 30 * 60 * 1000;
/** Enough for many payments in flight at once; each entry is about 130 bytes of the relayed state. */
export const MAX_APPROVALS = 64;

export interface PaymentApproval {
  paymentHash: string;
  /** What the payee gets (the invoice's or keysend's amount); undefined for an amountless invoice. */
  amountMsat: bigint | undefined;
  /** What approved it: `invoice`, `keysend`. */
  source: string;
  approvedAtMs: number;
}

interface ApprovalJson extends JsonObject {
  payment_hash: string;
  amount_msat: string | null;
  source: string;
  approved_at_ms: number;
}

interface ApprovalsJson extends JsonObject {
  approvals: ApprovalJson[];
}

export class PaymentApprovals {
  constructor(private readonly state: SignerState) {}

  /** The live approval of a payment hash (hex), if any. */
  find(paymentHash: string, nowMs: number): PaymentApproval | undefined {
    return this.live(nowMs).find((a) => a.paymentHash === paymentHash);
  }

  /** Remembers an approval (replacing an older one of the same hash), dropping stale and excess entries. */
  approve(approval: PaymentApproval): void {
    const kept = this.live(approval.approvedAtMs).filter((a) => a.paymentHash !== approval.paymentHash);
    const next = [...kept, approval].slice(-MAX_APPROVALS);
    const json: ApprovalsJson = {
      approvals: next.map((a) => ({
        payment_hash: a.paymentHash,
        amount_msat: a.amountMsat === undefined ? null : a.amountMsat.toString(),
        source: a.source,
        approved_at_ms: a.approvedAtMs,
      })),
    };
    const value = json as unknown as JsonValue;
    if (this.state.get(PAYMENT_APPROVALS_KEY)?.value === canonicalJson(value)) return;
    this.state.write(PAYMENT_APPROVALS_KEY, value);
  }

  private live(nowMs: number): PaymentApproval[] {
    const entry = this.state.get(PAYMENT_APPROVALS_KEY);
    if (!entry || this.state.isTombstone(PAYMENT_APPROVALS_KEY)) return [];
    const json = JSON.parse(entry.value) as ApprovalsJson;
    return json.approvals
      .map((a) => ({
        paymentHash: a.payment_hash,
        amountMsat: a.amount_msat === null ? undefined : BigInt(a.amount_msat),
        source: a.source,
        approvedAtMs: a.approved_at_ms,
      }))
      .filter((a) => nowMs - a.approvedAtMs <= APPROVAL_LIFETIME_MS);
  }
}
