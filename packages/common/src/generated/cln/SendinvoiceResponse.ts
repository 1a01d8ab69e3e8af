// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_SendinvoiceResponse_SendinvoiceStatus = {
  UNPAID: 'UNPAID',
  PAID: 'PAID',
  EXPIRED: 'EXPIRED',
} as const;

export type _cln_SendinvoiceResponse_SendinvoiceStatus =
  | 'UNPAID'
  | 0
  | 'PAID'
  | 1
  | 'EXPIRED'
  | 2

export type _cln_SendinvoiceResponse_SendinvoiceStatus__Output = typeof _cln_SendinvoiceResponse_SendinvoiceStatus[keyof typeof _cln_SendinvoiceResponse_SendinvoiceStatus]

export interface SendinvoiceResponse {
  'label'?: (string);
  'description'?: (string);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'status'?: (_cln_SendinvoiceResponse_SendinvoiceStatus);
  'expires_at'?: (number | string | Long);
  'amount_msat'?: (_cln_Amount | null);
  'bolt12'?: (string);
  'created_index'?: (number | string | Long);
  'updated_index'?: (number | string | Long);
  'pay_index'?: (number | string | Long);
  'amount_received_msat'?: (_cln_Amount | null);
  'paid_at'?: (number | string | Long);
  'payment_preimage'?: (Buffer | Uint8Array | string);
  '_amount_msat'?: "amount_msat";
  '_bolt12'?: "bolt12";
  '_updated_index'?: "updated_index";
  '_pay_index'?: "pay_index";
  '_amount_received_msat'?: "amount_received_msat";
  '_paid_at'?: "paid_at";
  '_payment_preimage'?: "payment_preimage";
}

export interface SendinvoiceResponse__Output {
  'label': (string);
  'description': (string);
  'payment_hash': (Buffer);
  'status': (_cln_SendinvoiceResponse_SendinvoiceStatus__Output);
  'expires_at': (string);
  'amount_msat'?: (_cln_Amount__Output | null);
  'bolt12'?: (string);
  'created_index': (string);
  'updated_index'?: (string);
  'pay_index'?: (string);
  'amount_received_msat'?: (_cln_Amount__Output | null);
  'paid_at'?: (string);
  'payment_preimage'?: (Buffer);
  '_amount_msat'?: "amount_msat";
  '_bolt12'?: "bolt12";
  '_updated_index'?: "updated_index";
  '_pay_index'?: "pay_index";
  '_amount_received_msat'?: "amount_received_msat";
  '_paid_at'?: "paid_at";
  '_payment_preimage'?: "payment_preimage";
}
