// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface ListnodesNodesOptionWillFund {
  'lease_fee_base_msat'?: (_cln_Amount | null);
  'lease_fee_basis'?: (number);
  'funding_weight'?: (number);
  'channel_fee_max_base_msat'?: (_cln_Amount | null);
  'channel_fee_max_proportional_thousandths'?: (number);
  'compact_lease'?: (Buffer | Uint8Array | string);
}

export interface ListnodesNodesOptionWillFund__Output {
  'lease_fee_base_msat': (_cln_Amount__Output | null);
  'lease_fee_basis': (number);
  'funding_weight': (number);
  'channel_fee_max_base_msat': (_cln_Amount__Output | null);
  'channel_fee_max_proportional_thousandths': (number);
  'compact_lease': (Buffer);
}
