// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_SendpayFailureData_SendpayFailureDataStatus = {
  FAILED: 'FAILED',
  PENDING: 'PENDING',
  COMPLETE: 'COMPLETE',
} as const;

export type _cln_SendpayFailureData_SendpayFailureDataStatus =
  | 'FAILED'
  | 0
  | 'PENDING'
  | 1
  | 'COMPLETE'
  | 2

export type _cln_SendpayFailureData_SendpayFailureDataStatus__Output = typeof _cln_SendpayFailureData_SendpayFailureDataStatus[keyof typeof _cln_SendpayFailureData_SendpayFailureDataStatus]

export interface SendpayFailureData {
  'created_index'?: (number | string | Long);
  'id'?: (number | string | Long);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'groupid'?: (number | string | Long);
  'updated_index'?: (number | string | Long);
  'partid'?: (number | string | Long);
  'destination'?: (Buffer | Uint8Array | string);
  'amount_msat'?: (_cln_Amount | null);
  'amount_sent_msat'?: (_cln_Amount | null);
  'created_at'?: (number | string | Long);
  'completed_at'?: (number | string | Long);
  'status'?: (_cln_SendpayFailureData_SendpayFailureDataStatus);
  'payment_preimage'?: (Buffer | Uint8Array | string);
  'label'?: (string);
  'bolt11'?: (string);
  'bolt12'?: (string);
  'description'?: (string);
  'erroronion'?: (Buffer | Uint8Array | string);
  'onionreply'?: (Buffer | Uint8Array | string);
  'erring_index'?: (number);
  'failcode'?: (number);
  'failcodename'?: (string);
  'erring_node'?: (Buffer | Uint8Array | string);
  'erring_channel'?: (string);
  'erring_direction'?: (number);
  'raw_message'?: (Buffer | Uint8Array | string);
  '_created_index'?: "created_index";
  '_id'?: "id";
  '_payment_hash'?: "payment_hash";
  '_groupid'?: "groupid";
  '_updated_index'?: "updated_index";
  '_partid'?: "partid";
  '_destination'?: "destination";
  '_amount_msat'?: "amount_msat";
  '_amount_sent_msat'?: "amount_sent_msat";
  '_created_at'?: "created_at";
  '_completed_at'?: "completed_at";
  '_status'?: "status";
  '_payment_preimage'?: "payment_preimage";
  '_label'?: "label";
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
  '_description'?: "description";
  '_erroronion'?: "erroronion";
  '_onionreply'?: "onionreply";
  '_erring_index'?: "erring_index";
  '_failcode'?: "failcode";
  '_failcodename'?: "failcodename";
  '_erring_node'?: "erring_node";
  '_erring_channel'?: "erring_channel";
  '_erring_direction'?: "erring_direction";
  '_raw_message'?: "raw_message";
}

export interface SendpayFailureData__Output {
  'created_index'?: (string);
  'id'?: (string);
  'payment_hash'?: (Buffer);
  'groupid'?: (string);
  'updated_index'?: (string);
  'partid'?: (string);
  'destination'?: (Buffer);
  'amount_msat'?: (_cln_Amount__Output | null);
  'amount_sent_msat'?: (_cln_Amount__Output | null);
  'created_at'?: (string);
  'completed_at'?: (string);
  'status'?: (_cln_SendpayFailureData_SendpayFailureDataStatus__Output);
  'payment_preimage'?: (Buffer);
  'label'?: (string);
  'bolt11'?: (string);
  'bolt12'?: (string);
  'description'?: (string);
  'erroronion'?: (Buffer);
  'onionreply'?: (Buffer);
  'erring_index'?: (number);
  'failcode'?: (number);
  'failcodename'?: (string);
  'erring_node'?: (Buffer);
  'erring_channel'?: (string);
  'erring_direction'?: (number);
  'raw_message'?: (Buffer);
  '_created_index'?: "created_index";
  '_id'?: "id";
  '_payment_hash'?: "payment_hash";
  '_groupid'?: "groupid";
  '_updated_index'?: "updated_index";
  '_partid'?: "partid";
  '_destination'?: "destination";
  '_amount_msat'?: "amount_msat";
  '_amount_sent_msat'?: "amount_sent_msat";
  '_created_at'?: "created_at";
  '_completed_at'?: "completed_at";
  '_status'?: "status";
  '_payment_preimage'?: "payment_preimage";
  '_label'?: "label";
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
  '_description'?: "description";
  '_erroronion'?: "erroronion";
  '_onionreply'?: "onionreply";
  '_erring_index'?: "erring_index";
  '_failcode'?: "failcode";
  '_failcodename'?: "failcodename";
  '_erring_node'?: "erring_node";
  '_erring_channel'?: "erring_channel";
  '_erring_direction'?: "erring_direction";
  '_raw_message'?: "raw_message";
}
