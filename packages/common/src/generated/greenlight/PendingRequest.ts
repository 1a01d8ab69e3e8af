// Original file: proto/greenlight.proto

import type { Long } from '@grpc/proto-loader';

export interface PendingRequest {
  'request'?: (Buffer | Uint8Array | string);
  'uri'?: (string);
  'signature'?: (Buffer | Uint8Array | string);
  'pubkey'?: (Buffer | Uint8Array | string);
  'timestamp'?: (number | string | Long);
  'rune'?: (Buffer | Uint8Array | string);
}

export interface PendingRequest__Output {
  'request': (Buffer);
  'uri': (string);
  'signature': (Buffer);
  'pubkey': (Buffer);
  'timestamp': (string);
  'rune': (Buffer);
}
