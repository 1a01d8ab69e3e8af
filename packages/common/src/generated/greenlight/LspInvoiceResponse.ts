// Original file: proto/greenlight.proto

import type { Long } from '@grpc/proto-loader';

export interface LspInvoiceResponse {
  'bolt11'?: (string);
  'created_index'?: (number);
  'expires_at'?: (number);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'payment_secret'?: (Buffer | Uint8Array | string);
  'opening_fee_msat'?: (number | string | Long);
}

export interface LspInvoiceResponse__Output {
  'bolt11': (string);
  'created_index': (number);
  'expires_at': (number);
  'payment_hash': (Buffer);
  'payment_secret': (Buffer);
  'opening_fee_msat': (string);
}
