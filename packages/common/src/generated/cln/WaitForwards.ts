// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_WaitForwards_WaitForwardsStatus = {
  OFFERED: 'OFFERED',
  SETTLED: 'SETTLED',
  FAILED: 'FAILED',
  LOCAL_FAILED: 'LOCAL_FAILED',
} as const;

export type _cln_WaitForwards_WaitForwardsStatus =
  | 'OFFERED'
  | 0
  | 'SETTLED'
  | 1
  | 'FAILED'
  | 2
  | 'LOCAL_FAILED'
  | 3

export type _cln_WaitForwards_WaitForwardsStatus__Output = typeof _cln_WaitForwards_WaitForwardsStatus[keyof typeof _cln_WaitForwards_WaitForwardsStatus]

export interface WaitForwards {
  'status'?: (_cln_WaitForwards_WaitForwardsStatus);
  'in_channel'?: (string);
  'in_htlc_id'?: (number | string | Long);
  'in_msat'?: (_cln_Amount | null);
  'out_channel'?: (string);
  '_status'?: "status";
  '_in_channel'?: "in_channel";
  '_in_htlc_id'?: "in_htlc_id";
  '_in_msat'?: "in_msat";
  '_out_channel'?: "out_channel";
}

export interface WaitForwards__Output {
  'status'?: (_cln_WaitForwards_WaitForwardsStatus__Output);
  'in_channel'?: (string);
  'in_htlc_id'?: (string);
  'in_msat'?: (_cln_Amount__Output | null);
  'out_channel'?: (string);
  '_status'?: "status";
  '_in_channel'?: "in_channel";
  '_in_htlc_id'?: "in_htlc_id";
  '_in_msat'?: "in_msat";
  '_out_channel'?: "out_channel";
}
