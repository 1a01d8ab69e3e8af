// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface DecodeUnknownInvoiceTlvs {
  'item_type'?: (number | string | Long);
  'length'?: (number | string | Long);
  'value'?: (Buffer | Uint8Array | string);
}

export interface DecodeUnknownInvoiceTlvs__Output {
  'item_type': (string);
  'length': (string);
  'value': (Buffer);
}
