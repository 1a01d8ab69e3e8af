// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_WaitSendpays_WaitSendpaysStatus = {
  PENDING: 'PENDING',
  FAILED: 'FAILED',
  COMPLETE: 'COMPLETE',
} as const;

export type _cln_WaitSendpays_WaitSendpaysStatus =
  | 'PENDING'
  | 0
  | 'FAILED'
  | 1
  | 'COMPLETE'
  | 2

export type _cln_WaitSendpays_WaitSendpaysStatus__Output = typeof _cln_WaitSendpays_WaitSendpaysStatus[keyof typeof _cln_WaitSendpays_WaitSendpaysStatus]

export interface WaitSendpays {
  'status'?: (_cln_WaitSendpays_WaitSendpaysStatus);
  'partid'?: (number | string | Long);
  'groupid'?: (number | string | Long);
  'payment_hash'?: (Buffer | Uint8Array | string);
  '_status'?: "status";
  '_partid'?: "partid";
  '_groupid'?: "groupid";
  '_payment_hash'?: "payment_hash";
}

export interface WaitSendpays__Output {
  'status'?: (_cln_WaitSendpays_WaitSendpaysStatus__Output);
  'partid'?: (string);
  'groupid'?: (string);
  'payment_hash'?: (Buffer);
  '_status'?: "status";
  '_partid'?: "partid";
  '_groupid'?: "groupid";
  '_payment_hash'?: "payment_hash";
}
