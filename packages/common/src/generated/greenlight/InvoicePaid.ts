// Original file: proto/greenlight.proto

import type { TlvField as _greenlight_TlvField, TlvField__Output as _greenlight_TlvField__Output } from '../greenlight/TlvField.ts';
import type { Long } from '@grpc/proto-loader';

export interface InvoicePaid {
  'payment_hash'?: (Buffer | Uint8Array | string);
  'bolt11'?: (string);
  'preimage'?: (Buffer | Uint8Array | string);
  'label'?: (string);
  'amount_msat'?: (number | string | Long);
  'extratlvs'?: (_greenlight_TlvField)[];
}

export interface InvoicePaid__Output {
  'payment_hash': (Buffer);
  'bolt11': (string);
  'preimage': (Buffer);
  'label': (string);
  'amount_msat': (string);
  'extratlvs': (_greenlight_TlvField__Output)[];
}
