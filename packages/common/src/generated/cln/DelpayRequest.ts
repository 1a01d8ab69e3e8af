// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_DelpayRequest_DelpayStatus = {
  COMPLETE: 'COMPLETE',
  FAILED: 'FAILED',
} as const;

export type _cln_DelpayRequest_DelpayStatus =
  | 'COMPLETE'
  | 0
  | 'FAILED'
  | 1

export type _cln_DelpayRequest_DelpayStatus__Output = typeof _cln_DelpayRequest_DelpayStatus[keyof typeof _cln_DelpayRequest_DelpayStatus]

export interface DelpayRequest {
  'payment_hash'?: (Buffer | Uint8Array | string);
  'status'?: (_cln_DelpayRequest_DelpayStatus);
  'partid'?: (number | string | Long);
  'groupid'?: (number | string | Long);
  '_partid'?: "partid";
  '_groupid'?: "groupid";
}

export interface DelpayRequest__Output {
  'payment_hash': (Buffer);
  'status': (_cln_DelpayRequest_DelpayStatus__Output);
  'partid'?: (string);
  'groupid'?: (string);
  '_partid'?: "partid";
  '_groupid'?: "groupid";
}
