// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_DelinvoiceResponse_DelinvoiceStatus = {
  PAID: 'PAID',
  EXPIRED: 'EXPIRED',
  UNPAID: 'UNPAID',
} as const;

export type _cln_DelinvoiceResponse_DelinvoiceStatus =
  | 'PAID'
  | 0
  | 'EXPIRED'
  | 1
  | 'UNPAID'
  | 2

export type _cln_DelinvoiceResponse_DelinvoiceStatus__Output = typeof _cln_DelinvoiceResponse_DelinvoiceStatus[keyof typeof _cln_DelinvoiceResponse_DelinvoiceStatus]

export interface DelinvoiceResponse {
  'label'?: (string);
  'bolt11'?: (string);
  'bolt12'?: (string);
  'amount_msat'?: (_cln_Amount | null);
  'description'?: (string);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'status'?: (_cln_DelinvoiceResponse_DelinvoiceStatus);
  'expires_at'?: (number | string | Long);
  'local_offer_id'?: (Buffer | Uint8Array | string);
  'invreq_payer_note'?: (string);
  'created_index'?: (number | string | Long);
  'updated_index'?: (number | string | Long);
  'pay_index'?: (number | string | Long);
  'amount_received_msat'?: (_cln_Amount | null);
  'paid_at'?: (number | string | Long);
  'payment_preimage'?: (Buffer | Uint8Array | string);
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
  '_amount_msat'?: "amount_msat";
  '_description'?: "description";
  '_local_offer_id'?: "local_offer_id";
  '_invreq_payer_note'?: "invreq_payer_note";
  '_updated_index'?: "updated_index";
  '_pay_index'?: "pay_index";
  '_amount_received_msat'?: "amount_received_msat";
  '_paid_at'?: "paid_at";
  '_payment_preimage'?: "payment_preimage";
}

export interface DelinvoiceResponse__Output {
  'label': (string);
  'bolt11'?: (string);
  'bolt12'?: (string);
  'amount_msat'?: (_cln_Amount__Output | null);
  'description'?: (string);
  'payment_hash': (Buffer);
  'status': (_cln_DelinvoiceResponse_DelinvoiceStatus__Output);
  'expires_at': (string);
  'local_offer_id'?: (Buffer);
  'invreq_payer_note'?: (string);
  'created_index': (string);
  'updated_index'?: (string);
  'pay_index'?: (string);
  'amount_received_msat'?: (_cln_Amount__Output | null);
  'paid_at'?: (string);
  'payment_preimage'?: (Buffer);
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
  '_amount_msat'?: "amount_msat";
  '_description'?: "description";
  '_local_offer_id'?: "local_offer_id";
  '_invreq_payer_note'?: "invreq_payer_note";
  '_updated_index'?: "updated_index";
  '_pay_index'?: "pay_index";
  '_amount_received_msat'?: "amount_received_msat";
  '_paid_at'?: "paid_at";
  '_payment_preimage'?: "payment_preimage";
}
