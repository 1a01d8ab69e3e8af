// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface InjectpaymentonionResponse {
  'created_at'?: (number | string | Long);
  'completed_at'?: (number | string | Long);
  'created_index'?: (number | string | Long);
  'payment_preimage'?: (Buffer | Uint8Array | string);
}

export interface InjectpaymentonionResponse__Output {
  'created_at': (string);
  'completed_at': (string);
  'created_index': (string);
  'payment_preimage': (Buffer);
}
