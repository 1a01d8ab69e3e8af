// Original file: proto/greenhouse.proto

import type { Long } from '@grpc/proto-loader';

export interface NodeStarted {
  'node_id'?: (Buffer | Uint8Array | string);
  'session_id'?: (number | string | Long);
}

export interface NodeStarted__Output {
  'node_id': (Buffer);
  'session_id': (string);
}
