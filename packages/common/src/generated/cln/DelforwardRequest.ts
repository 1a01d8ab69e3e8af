// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_DelforwardRequest_DelforwardStatus = {
  SETTLED: 'SETTLED',
  LOCAL_FAILED: 'LOCAL_FAILED',
  FAILED: 'FAILED',
} as const;

export type _cln_DelforwardRequest_DelforwardStatus =
  | 'SETTLED'
  | 0
  | 'LOCAL_FAILED'
  | 1
  | 'FAILED'
  | 2

export type _cln_DelforwardRequest_DelforwardStatus__Output = typeof _cln_DelforwardRequest_DelforwardStatus[keyof typeof _cln_DelforwardRequest_DelforwardStatus]

export interface DelforwardRequest {
  'in_channel'?: (string);
  'in_htlc_id'?: (number | string | Long);
  'status'?: (_cln_DelforwardRequest_DelforwardStatus);
}

export interface DelforwardRequest__Output {
  'in_channel': (string);
  'in_htlc_id': (string);
  'status': (_cln_DelforwardRequest_DelforwardStatus__Output);
}
