// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_PayPartEndNotification_PayPartEndStatus = {
  SUCCESS: 'SUCCESS',
  FAILURE: 'FAILURE',
} as const;

export type _cln_PayPartEndNotification_PayPartEndStatus =
  | 'SUCCESS'
  | 0
  | 'FAILURE'
  | 1

export type _cln_PayPartEndNotification_PayPartEndStatus__Output = typeof _cln_PayPartEndNotification_PayPartEndStatus[keyof typeof _cln_PayPartEndNotification_PayPartEndStatus]

export interface PayPartEndNotification {
  'status'?: (_cln_PayPartEndNotification_PayPartEndStatus);
  'duration'?: (number | string);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'groupid'?: (number | string | Long);
  'partid'?: (number | string | Long);
  'failed_msg'?: (Buffer | Uint8Array | string);
  'failed_node_id'?: (Buffer | Uint8Array | string);
  'failed_short_channel_id'?: (string);
  'failed_direction'?: (number);
  'error_code'?: (number);
  'error_message'?: (string);
  '_failed_msg'?: "failed_msg";
  '_failed_node_id'?: "failed_node_id";
  '_failed_short_channel_id'?: "failed_short_channel_id";
  '_failed_direction'?: "failed_direction";
  '_error_code'?: "error_code";
  '_error_message'?: "error_message";
}

export interface PayPartEndNotification__Output {
  'status': (_cln_PayPartEndNotification_PayPartEndStatus__Output);
  'duration': (number);
  'payment_hash': (Buffer);
  'groupid': (string);
  'partid': (string);
  'failed_msg'?: (Buffer);
  'failed_node_id'?: (Buffer);
  'failed_short_channel_id'?: (string);
  'failed_direction'?: (number);
  'error_code'?: (number);
  'error_message'?: (string);
  '_failed_msg'?: "failed_msg";
  '_failed_node_id'?: "failed_node_id";
  '_failed_short_channel_id'?: "failed_short_channel_id";
  '_failed_direction'?: "failed_direction";
  '_error_code'?: "error_code";
  '_error_message'?: "error_message";
}
