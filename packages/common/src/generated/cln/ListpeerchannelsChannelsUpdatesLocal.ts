// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface ListpeerchannelsChannelsUpdatesLocal {
  'htlc_minimum_msat'?: (_cln_Amount | null);
  'htlc_maximum_msat'?: (_cln_Amount | null);
  'cltv_expiry_delta'?: (number);
  'fee_base_msat'?: (_cln_Amount | null);
  'fee_proportional_millionths'?: (number);
}

export interface ListpeerchannelsChannelsUpdatesLocal__Output {
  'htlc_minimum_msat': (_cln_Amount__Output | null);
  'htlc_maximum_msat': (_cln_Amount__Output | null);
  'cltv_expiry_delta': (number);
  'fee_base_msat': (_cln_Amount__Output | null);
  'fee_proportional_millionths': (number);
}
