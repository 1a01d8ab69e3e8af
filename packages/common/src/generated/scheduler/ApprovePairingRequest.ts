// Original file: proto/scheduler.proto

import type { Long } from '@grpc/proto-loader';

export interface ApprovePairingRequest {
  'device_id'?: (string);
  'timestamp'?: (number | string | Long);
  'device_name'?: (string);
  'restrictions'?: (string);
  'sig'?: (Buffer | Uint8Array | string);
  'pubkey'?: (Buffer | Uint8Array | string);
  'rune'?: (string);
}

export interface ApprovePairingRequest__Output {
  'device_id': (string);
  'timestamp': (string);
  'device_name': (string);
  'restrictions': (string);
  'sig': (Buffer);
  'pubkey': (Buffer);
  'rune': (string);
}
