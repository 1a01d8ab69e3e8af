// Original file: proto/scheduler.proto

import type { Long } from '@grpc/proto-loader';

export interface RotateOutgoingWebhookSecretRequest {
  'node_id'?: (Buffer | Uint8Array | string);
  'webhook_id'?: (number | string | Long);
}

export interface RotateOutgoingWebhookSecretRequest__Output {
  'node_id': (Buffer);
  'webhook_id': (string);
}
