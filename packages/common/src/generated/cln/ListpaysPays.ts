// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_ListpaysPays_ListpaysPaysStatus = {
  PENDING: 'PENDING',
  FAILED: 'FAILED',
  COMPLETE: 'COMPLETE',
} as const;

export type _cln_ListpaysPays_ListpaysPaysStatus =
  | 'PENDING'
  | 0
  | 'FAILED'
  | 1
  | 'COMPLETE'
  | 2

export type _cln_ListpaysPays_ListpaysPaysStatus__Output = typeof _cln_ListpaysPays_ListpaysPaysStatus[keyof typeof _cln_ListpaysPays_ListpaysPaysStatus]

export interface ListpaysPays {
  'payment_hash'?: (Buffer | Uint8Array | string);
  'status'?: (_cln_ListpaysPays_ListpaysPaysStatus);
  'destination'?: (Buffer | Uint8Array | string);
  'created_at'?: (number | string | Long);
  'label'?: (string);
  'bolt11'?: (string);
  'bolt12'?: (string);
  'amount_msat'?: (_cln_Amount | null);
  'amount_sent_msat'?: (_cln_Amount | null);
  'erroronion'?: (Buffer | Uint8Array | string);
  'description'?: (string);
  'completed_at'?: (number | string | Long);
  'preimage'?: (Buffer | Uint8Array | string);
  'number_of_parts'?: (number | string | Long);
  'created_index'?: (number | string | Long);
  'updated_index'?: (number | string | Long);
  '_destination'?: "destination";
  '_label'?: "label";
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
  '_amount_msat'?: "amount_msat";
  '_amount_sent_msat'?: "amount_sent_msat";
  '_erroronion'?: "erroronion";
  '_description'?: "description";
  '_completed_at'?: "completed_at";
  '_preimage'?: "preimage";
  '_number_of_parts'?: "number_of_parts";
  '_created_index'?: "created_index";
  '_updated_index'?: "updated_index";
}

export interface ListpaysPays__Output {
  'payment_hash': (Buffer);
  'status': (_cln_ListpaysPays_ListpaysPaysStatus__Output);
  'destination'?: (Buffer);
  'created_at': (string);
  'label'?: (string);
  'bolt11'?: (string);
  'bolt12'?: (string);
  'amount_msat'?: (_cln_Amount__Output | null);
  'amount_sent_msat'?: (_cln_Amount__Output | null);
  'erroronion'?: (Buffer);
  'description'?: (string);
  'completed_at'?: (string);
  'preimage'?: (Buffer);
  'number_of_parts'?: (string);
  'created_index'?: (string);
  'updated_index'?: (string);
  '_destination'?: "destination";
  '_label'?: "label";
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
  '_amount_msat'?: "amount_msat";
  '_amount_sent_msat'?: "amount_sent_msat";
  '_erroronion'?: "erroronion";
  '_description'?: "description";
  '_completed_at'?: "completed_at";
  '_preimage'?: "preimage";
  '_number_of_parts'?: "number_of_parts";
  '_created_index'?: "created_index";
  '_updated_index'?: "updated_index";
}
