// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface DelnetworkeventRequest {
  'created_index'?: (number | string | Long);
}

export interface DelnetworkeventRequest__Output {
  'created_index': (string);
}
