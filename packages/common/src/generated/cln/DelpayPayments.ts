// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_DelpayPayments_DelpayPaymentsStatus = {
  PENDING: 'PENDING',
  FAILED: 'FAILED',
  COMPLETE: 'COMPLETE',
} as const;

export type _cln_DelpayPayments_DelpayPaymentsStatus =
  | 'PENDING'
  | 0
  | 'FAILED'
  | 1
  | 'COMPLETE'
  | 2

export type _cln_DelpayPayments_DelpayPaymentsStatus__Output = typeof _cln_DelpayPayments_DelpayPaymentsStatus[keyof typeof _cln_DelpayPayments_DelpayPaymentsStatus]

export interface DelpayPayments {
  'created_index'?: (number | string | Long);
  'id'?: (number | string | Long);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'status'?: (_cln_DelpayPayments_DelpayPaymentsStatus);
  'amount_sent_msat'?: (_cln_Amount | null);
  'partid'?: (number | string | Long);
  'destination'?: (Buffer | Uint8Array | string);
  'amount_msat'?: (_cln_Amount | null);
  'created_at'?: (number | string | Long);
  'updated_index'?: (number | string | Long);
  'completed_at'?: (number | string | Long);
  'groupid'?: (number | string | Long);
  'payment_preimage'?: (Buffer | Uint8Array | string);
  'label'?: (string);
  'bolt11'?: (string);
  'bolt12'?: (string);
  'erroronion'?: (Buffer | Uint8Array | string);
  '_partid'?: "partid";
  '_destination'?: "destination";
  '_amount_msat'?: "amount_msat";
  '_updated_index'?: "updated_index";
  '_completed_at'?: "completed_at";
  '_groupid'?: "groupid";
  '_payment_preimage'?: "payment_preimage";
  '_label'?: "label";
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
  '_erroronion'?: "erroronion";
}

export interface DelpayPayments__Output {
  'created_index': (string);
  'id': (string);
  'payment_hash': (Buffer);
  'status': (_cln_DelpayPayments_DelpayPaymentsStatus__Output);
  'amount_sent_msat': (_cln_Amount__Output | null);
  'partid'?: (string);
  'destination'?: (Buffer);
  'amount_msat'?: (_cln_Amount__Output | null);
  'created_at': (string);
  'updated_index'?: (string);
  'completed_at'?: (string);
  'groupid'?: (string);
  'payment_preimage'?: (Buffer);
  'label'?: (string);
  'bolt11'?: (string);
  'bolt12'?: (string);
  'erroronion'?: (Buffer);
  '_partid'?: "partid";
  '_destination'?: "destination";
  '_amount_msat'?: "amount_msat";
  '_updated_index'?: "updated_index";
  '_completed_at'?: "completed_at";
  '_groupid'?: "groupid";
  '_payment_preimage'?: "payment_preimage";
  '_label'?: "label";
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
  '_erroronion'?: "erroronion";
}
