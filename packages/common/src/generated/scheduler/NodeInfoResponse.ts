// Original file: proto/scheduler.proto

import type { Long } from '@grpc/proto-loader';

export interface NodeInfoResponse {
  'node_id'?: (Buffer | Uint8Array | string);
  'grpc_uri'?: (string);
  'session_id'?: (number | string | Long);
}

export interface NodeInfoResponse__Output {
  'node_id': (Buffer);
  'grpc_uri': (string);
  'session_id': (string);
}
