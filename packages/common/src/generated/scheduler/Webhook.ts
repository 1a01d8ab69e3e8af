// Original file: proto/scheduler.proto

import type { Long } from '@grpc/proto-loader';

export interface Webhook {
  'id'?: (number | string | Long);
  'uri'?: (string);
}

export interface Webhook__Output {
  'id': (string);
  'uri': (string);
}
