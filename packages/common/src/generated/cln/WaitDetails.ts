// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_WaitDetails_WaitDetailsStatus = {
  UNPAID: 'UNPAID',
  PAID: 'PAID',
  EXPIRED: 'EXPIRED',
  PENDING: 'PENDING',
  FAILED: 'FAILED',
  COMPLETE: 'COMPLETE',
  OFFERED: 'OFFERED',
  SETTLED: 'SETTLED',
  LOCAL_FAILED: 'LOCAL_FAILED',
} as const;

export type _cln_WaitDetails_WaitDetailsStatus =
  | 'UNPAID'
  | 0
  | 'PAID'
  | 1
  | 'EXPIRED'
  | 2
  | 'PENDING'
  | 3
  | 'FAILED'
  | 4
  | 'COMPLETE'
  | 5
  | 'OFFERED'
  | 6
  | 'SETTLED'
  | 7
  | 'LOCAL_FAILED'
  | 8

export type _cln_WaitDetails_WaitDetailsStatus__Output = typeof _cln_WaitDetails_WaitDetailsStatus[keyof typeof _cln_WaitDetails_WaitDetailsStatus]

export interface WaitDetails {
  'status'?: (_cln_WaitDetails_WaitDetailsStatus);
  'label'?: (string);
  'description'?: (string);
  'bolt11'?: (string);
  'bolt12'?: (string);
  'partid'?: (number | string | Long);
  'groupid'?: (number | string | Long);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'in_channel'?: (string);
  'in_htlc_id'?: (number | string | Long);
  'in_msat'?: (_cln_Amount | null);
  'out_channel'?: (string);
  '_status'?: "status";
  '_label'?: "label";
  '_description'?: "description";
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
  '_partid'?: "partid";
  '_groupid'?: "groupid";
  '_payment_hash'?: "payment_hash";
  '_in_channel'?: "in_channel";
  '_in_htlc_id'?: "in_htlc_id";
  '_in_msat'?: "in_msat";
  '_out_channel'?: "out_channel";
}

export interface WaitDetails__Output {
  'status'?: (_cln_WaitDetails_WaitDetailsStatus__Output);
  'label'?: (string);
  'description'?: (string);
  'bolt11'?: (string);
  'bolt12'?: (string);
  'partid'?: (string);
  'groupid'?: (string);
  'payment_hash'?: (Buffer);
  'in_channel'?: (string);
  'in_htlc_id'?: (string);
  'in_msat'?: (_cln_Amount__Output | null);
  'out_channel'?: (string);
  '_status'?: "status";
  '_label'?: "label";
  '_description'?: "description";
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
  '_partid'?: "partid";
  '_groupid'?: "groupid";
  '_payment_hash'?: "payment_hash";
  '_in_channel'?: "in_channel";
  '_in_htlc_id'?: "in_htlc_id";
  '_in_msat'?: "in_msat";
  '_out_channel'?: "out_channel";
}
