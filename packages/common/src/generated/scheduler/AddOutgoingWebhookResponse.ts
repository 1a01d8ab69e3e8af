// Original file: proto/scheduler.proto

import type { Long } from '@grpc/proto-loader';

export interface AddOutgoingWebhookResponse {
  'id'?: (number | string | Long);
  'secret'?: (string);
}

export interface AddOutgoingWebhookResponse__Output {
  'id': (string);
  'secret': (string);
}
