// Original file: proto/greenlight.proto

import type { Long } from '@grpc/proto-loader';

export interface SignerStateEntry {
  'version'?: (number | string | Long);
  'key'?: (string);
  'value'?: (Buffer | Uint8Array | string);
  'signature'?: (Buffer | Uint8Array | string);
}

export interface SignerStateEntry__Output {
  'version': (string);
  'key': (string);
  'value': (Buffer);
  'signature': (Buffer);
}
