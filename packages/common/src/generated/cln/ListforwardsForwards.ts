// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_ListforwardsForwards_ListforwardsForwardsStatus = {
  OFFERED: 'OFFERED',
  SETTLED: 'SETTLED',
  LOCAL_FAILED: 'LOCAL_FAILED',
  FAILED: 'FAILED',
} as const;

export type _cln_ListforwardsForwards_ListforwardsForwardsStatus =
  | 'OFFERED'
  | 0
  | 'SETTLED'
  | 1
  | 'LOCAL_FAILED'
  | 2
  | 'FAILED'
  | 3

export type _cln_ListforwardsForwards_ListforwardsForwardsStatus__Output = typeof _cln_ListforwardsForwards_ListforwardsForwardsStatus[keyof typeof _cln_ListforwardsForwards_ListforwardsForwardsStatus]

// Original file: proto/node.proto

export const _cln_ListforwardsForwards_ListforwardsForwardsStyle = {
  LEGACY: 'LEGACY',
  TLV: 'TLV',
} as const;

export type _cln_ListforwardsForwards_ListforwardsForwardsStyle =
  | 'LEGACY'
  | 0
  | 'TLV'
  | 1

export type _cln_ListforwardsForwards_ListforwardsForwardsStyle__Output = typeof _cln_ListforwardsForwards_ListforwardsForwardsStyle[keyof typeof _cln_ListforwardsForwards_ListforwardsForwardsStyle]

export interface ListforwardsForwards {
  'in_channel'?: (string);
  'in_msat'?: (_cln_Amount | null);
  'status'?: (_cln_ListforwardsForwards_ListforwardsForwardsStatus);
  'received_time'?: (number | string);
  'out_channel'?: (string);
  'fee_msat'?: (_cln_Amount | null);
  'out_msat'?: (_cln_Amount | null);
  'style'?: (_cln_ListforwardsForwards_ListforwardsForwardsStyle);
  'in_htlc_id'?: (number | string | Long);
  'out_htlc_id'?: (number | string | Long);
  'created_index'?: (number | string | Long);
  'updated_index'?: (number | string | Long);
  'resolved_time'?: (number | string);
  'failcode'?: (number);
  'failreason'?: (string);
  '_out_channel'?: "out_channel";
  '_fee_msat'?: "fee_msat";
  '_out_msat'?: "out_msat";
  '_style'?: "style";
  '_in_htlc_id'?: "in_htlc_id";
  '_out_htlc_id'?: "out_htlc_id";
  '_updated_index'?: "updated_index";
  '_resolved_time'?: "resolved_time";
  '_failcode'?: "failcode";
  '_failreason'?: "failreason";
}

export interface ListforwardsForwards__Output {
  'in_channel': (string);
  'in_msat': (_cln_Amount__Output | null);
  'status': (_cln_ListforwardsForwards_ListforwardsForwardsStatus__Output);
  'received_time': (number);
  'out_channel'?: (string);
  'fee_msat'?: (_cln_Amount__Output | null);
  'out_msat'?: (_cln_Amount__Output | null);
  'style'?: (_cln_ListforwardsForwards_ListforwardsForwardsStyle__Output);
  'in_htlc_id'?: (string);
  'out_htlc_id'?: (string);
  'created_index': (string);
  'updated_index'?: (string);
  'resolved_time'?: (number);
  'failcode'?: (number);
  'failreason'?: (string);
  '_out_channel'?: "out_channel";
  '_fee_msat'?: "fee_msat";
  '_out_msat'?: "out_msat";
  '_style'?: "style";
  '_in_htlc_id'?: "in_htlc_id";
  '_out_htlc_id'?: "out_htlc_id";
  '_updated_index'?: "updated_index";
  '_resolved_time'?: "resolved_time";
  '_failcode'?: "failcode";
  '_failreason'?: "failreason";
}
