// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface AskrenecreatelayerLayersChannelUpdates {
  'htlc_minimum_msat'?: (_cln_Amount | null);
  'htlc_maximum_msat'?: (_cln_Amount | null);
  'fee_base_msat'?: (_cln_Amount | null);
  'fee_proportional_millionths'?: (number);
  'delay'?: (number);
  '_htlc_minimum_msat'?: "htlc_minimum_msat";
  '_htlc_maximum_msat'?: "htlc_maximum_msat";
  '_fee_base_msat'?: "fee_base_msat";
  '_fee_proportional_millionths'?: "fee_proportional_millionths";
  '_delay'?: "delay";
}

export interface AskrenecreatelayerLayersChannelUpdates__Output {
  'htlc_minimum_msat'?: (_cln_Amount__Output | null);
  'htlc_maximum_msat'?: (_cln_Amount__Output | null);
  'fee_base_msat'?: (_cln_Amount__Output | null);
  'fee_proportional_millionths'?: (number);
  'delay'?: (number);
  '_htlc_minimum_msat'?: "htlc_minimum_msat";
  '_htlc_maximum_msat'?: "htlc_maximum_msat";
  '_fee_base_msat'?: "fee_base_msat";
  '_fee_proportional_millionths'?: "fee_proportional_millionths";
  '_delay'?: "delay";
}
