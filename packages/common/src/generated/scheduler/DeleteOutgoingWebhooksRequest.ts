// Original file: proto/scheduler.proto

import type { Long } from '@grpc/proto-loader';

export interface DeleteOutgoingWebhooksRequest {
  'node_id'?: (Buffer | Uint8Array | string);
  'ids'?: (number | string | Long)[];
}

export interface DeleteOutgoingWebhooksRequest__Output {
  'node_id': (Buffer);
  'ids': (string)[];
}
