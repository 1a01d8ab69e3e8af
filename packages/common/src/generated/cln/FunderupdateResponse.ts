// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

// Original file: proto/node.proto

export const _cln_FunderupdateResponse_FunderupdatePolicy = {
  MATCH: 'MATCH',
  AVAILABLE: 'AVAILABLE',
  FIXED: 'FIXED',
} as const;

export type _cln_FunderupdateResponse_FunderupdatePolicy =
  | 'MATCH'
  | 0
  | 'AVAILABLE'
  | 1
  | 'FIXED'
  | 2

export type _cln_FunderupdateResponse_FunderupdatePolicy__Output = typeof _cln_FunderupdateResponse_FunderupdatePolicy[keyof typeof _cln_FunderupdateResponse_FunderupdatePolicy]

export interface FunderupdateResponse {
  'summary'?: (string);
  'policy'?: (_cln_FunderupdateResponse_FunderupdatePolicy);
  'policy_mod'?: (number);
  'leases_only'?: (boolean);
  'min_their_funding_msat'?: (_cln_Amount | null);
  'max_their_funding_msat'?: (_cln_Amount | null);
  'per_channel_min_msat'?: (_cln_Amount | null);
  'per_channel_max_msat'?: (_cln_Amount | null);
  'reserve_tank_msat'?: (_cln_Amount | null);
  'fuzz_percent'?: (number);
  'fund_probability'?: (number);
  'lease_fee_base_msat'?: (_cln_Amount | null);
  'lease_fee_basis'?: (number);
  'funding_weight'?: (number);
  'channel_fee_max_base_msat'?: (_cln_Amount | null);
  'channel_fee_max_proportional_thousandths'?: (number);
  'compact_lease'?: (Buffer | Uint8Array | string);
  '_lease_fee_base_msat'?: "lease_fee_base_msat";
  '_lease_fee_basis'?: "lease_fee_basis";
  '_funding_weight'?: "funding_weight";
  '_channel_fee_max_base_msat'?: "channel_fee_max_base_msat";
  '_channel_fee_max_proportional_thousandths'?: "channel_fee_max_proportional_thousandths";
  '_compact_lease'?: "compact_lease";
}

export interface FunderupdateResponse__Output {
  'summary': (string);
  'policy': (_cln_FunderupdateResponse_FunderupdatePolicy__Output);
  'policy_mod': (number);
  'leases_only': (boolean);
  'min_their_funding_msat': (_cln_Amount__Output | null);
  'max_their_funding_msat': (_cln_Amount__Output | null);
  'per_channel_min_msat': (_cln_Amount__Output | null);
  'per_channel_max_msat': (_cln_Amount__Output | null);
  'reserve_tank_msat': (_cln_Amount__Output | null);
  'fuzz_percent': (number);
  'fund_probability': (number);
  'lease_fee_base_msat'?: (_cln_Amount__Output | null);
  'lease_fee_basis'?: (number);
  'funding_weight'?: (number);
  'channel_fee_max_base_msat'?: (_cln_Amount__Output | null);
  'channel_fee_max_proportional_thousandths'?: (number);
  'compact_lease'?: (Buffer);
  '_lease_fee_base_msat'?: "lease_fee_base_msat";
  '_lease_fee_basis'?: "lease_fee_basis";
  '_funding_weight'?: "funding_weight";
  '_channel_fee_max_base_msat'?: "channel_fee_max_base_msat";
  '_channel_fee_max_proportional_thousandths'?: "channel_fee_max_proportional_thousandths";
  '_compact_lease'?: "compact_lease";
}
