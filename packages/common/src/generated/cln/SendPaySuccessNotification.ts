// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_SendPaySuccessNotification_SendpaySuccessStatus = {
  COMPLETE: 'COMPLETE',
} as const;

export type _cln_SendPaySuccessNotification_SendpaySuccessStatus =
  | 'COMPLETE'
  | 0

export type _cln_SendPaySuccessNotification_SendpaySuccessStatus__Output = typeof _cln_SendPaySuccessNotification_SendpaySuccessStatus[keyof typeof _cln_SendPaySuccessNotification_SendpaySuccessStatus]

export interface SendPaySuccessNotification {
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
  'status'?: (_cln_SendPaySuccessNotification_SendpaySuccessStatus);
  'payment_preimage'?: (Buffer | Uint8Array | string);
  'label'?: (string);
  'bolt11'?: (string);
  'bolt12'?: (string);
  'description'?: (string);
  'erroronion'?: (Buffer | Uint8Array | string);
  '_updated_index'?: "updated_index";
  '_partid'?: "partid";
  '_destination'?: "destination";
  '_amount_msat'?: "amount_msat";
  '_completed_at'?: "completed_at";
  '_payment_preimage'?: "payment_preimage";
  '_label'?: "label";
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
  '_description'?: "description";
  '_erroronion'?: "erroronion";
}

export interface SendPaySuccessNotification__Output {
  'created_index': (string);
  'id': (string);
  'payment_hash': (Buffer);
  'groupid': (string);
  'updated_index'?: (string);
  'partid'?: (string);
  'destination'?: (Buffer);
  'amount_msat'?: (_cln_Amount__Output | null);
  'amount_sent_msat': (_cln_Amount__Output | null);
  'created_at': (string);
  'completed_at'?: (string);
  'status': (_cln_SendPaySuccessNotification_SendpaySuccessStatus__Output);
  'payment_preimage'?: (Buffer);
  'label'?: (string);
  'bolt11'?: (string);
  'bolt12'?: (string);
  'description'?: (string);
  'erroronion'?: (Buffer);
  '_updated_index'?: "updated_index";
  '_partid'?: "partid";
  '_destination'?: "destination";
  '_amount_msat'?: "amount_msat";
  '_completed_at'?: "completed_at";
  '_payment_preimage'?: "payment_preimage";
  '_label'?: "label";
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
  '_description'?: "description";
  '_erroronion'?: "erroronion";
}
