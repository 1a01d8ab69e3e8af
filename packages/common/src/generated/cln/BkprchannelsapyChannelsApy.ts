// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface BkprchannelsapyChannelsApy {
  'account'?: (string);
  'routed_out_msat'?: (_cln_Amount | null);
  'routed_in_msat'?: (_cln_Amount | null);
  'lease_fee_paid_msat'?: (_cln_Amount | null);
  'lease_fee_earned_msat'?: (_cln_Amount | null);
  'pushed_out_msat'?: (_cln_Amount | null);
  'pushed_in_msat'?: (_cln_Amount | null);
  'our_start_balance_msat'?: (_cln_Amount | null);
  'channel_start_balance_msat'?: (_cln_Amount | null);
  'fees_out_msat'?: (_cln_Amount | null);
  'fees_in_msat'?: (_cln_Amount | null);
  'utilization_out'?: (string);
  'utilization_out_initial'?: (string);
  'utilization_in'?: (string);
  'utilization_in_initial'?: (string);
  'apy_out'?: (string);
  'apy_out_initial'?: (string);
  'apy_in'?: (string);
  'apy_in_initial'?: (string);
  'apy_total'?: (string);
  'apy_total_initial'?: (string);
  'apy_lease'?: (string);
  '_fees_in_msat'?: "fees_in_msat";
  '_utilization_out_initial'?: "utilization_out_initial";
  '_utilization_in_initial'?: "utilization_in_initial";
  '_apy_out_initial'?: "apy_out_initial";
  '_apy_in_initial'?: "apy_in_initial";
  '_apy_total_initial'?: "apy_total_initial";
  '_apy_lease'?: "apy_lease";
}

export interface BkprchannelsapyChannelsApy__Output {
  'account': (string);
  'routed_out_msat': (_cln_Amount__Output | null);
  'routed_in_msat': (_cln_Amount__Output | null);
  'lease_fee_paid_msat': (_cln_Amount__Output | null);
  'lease_fee_earned_msat': (_cln_Amount__Output | null);
  'pushed_out_msat': (_cln_Amount__Output | null);
  'pushed_in_msat': (_cln_Amount__Output | null);
  'our_start_balance_msat': (_cln_Amount__Output | null);
  'channel_start_balance_msat': (_cln_Amount__Output | null);
  'fees_out_msat': (_cln_Amount__Output | null);
  'fees_in_msat'?: (_cln_Amount__Output | null);
  'utilization_out': (string);
  'utilization_out_initial'?: (string);
  'utilization_in': (string);
  'utilization_in_initial'?: (string);
  'apy_out': (string);
  'apy_out_initial'?: (string);
  'apy_in': (string);
  'apy_in_initial'?: (string);
  'apy_total': (string);
  'apy_total_initial'?: (string);
  'apy_lease'?: (string);
  '_fees_in_msat'?: "fees_in_msat";
  '_utilization_out_initial'?: "utilization_out_initial";
  '_utilization_in_initial'?: "utilization_in_initial";
  '_apy_out_initial'?: "apy_out_initial";
  '_apy_in_initial'?: "apy_in_initial";
  '_apy_total_initial'?: "apy_total_initial";
  '_apy_lease'?: "apy_lease";
}
