// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface AskreneupdatechannelRequest {
  'layer'?: (string);
  'short_channel_id_dir'?: (string);
  'enabled'?: (boolean);
  'htlc_minimum_msat'?: (_cln_Amount | null);
  'htlc_maximum_msat'?: (_cln_Amount | null);
  'fee_base_msat'?: (_cln_Amount | null);
  'fee_proportional_millionths'?: (number);
  'cltv_expiry_delta'?: (number);
  '_enabled'?: "enabled";
  '_htlc_minimum_msat'?: "htlc_minimum_msat";
  '_htlc_maximum_msat'?: "htlc_maximum_msat";
  '_fee_base_msat'?: "fee_base_msat";
  '_fee_proportional_millionths'?: "fee_proportional_millionths";
  '_cltv_expiry_delta'?: "cltv_expiry_delta";
}

export interface AskreneupdatechannelRequest__Output {
  'layer': (string);
  'short_channel_id_dir': (string);
  'enabled'?: (boolean);
  'htlc_minimum_msat'?: (_cln_Amount__Output | null);
  'htlc_maximum_msat'?: (_cln_Amount__Output | null);
  'fee_base_msat'?: (_cln_Amount__Output | null);
  'fee_proportional_millionths'?: (number);
  'cltv_expiry_delta'?: (number);
  '_enabled'?: "enabled";
  '_htlc_minimum_msat'?: "htlc_minimum_msat";
  '_htlc_maximum_msat'?: "htlc_maximum_msat";
  '_fee_base_msat'?: "fee_base_msat";
  '_fee_proportional_millionths'?: "fee_proportional_millionths";
  '_cltv_expiry_delta'?: "cltv_expiry_delta";
}
