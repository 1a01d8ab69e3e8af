// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface BlacklistruneRequest {
  'start'?: (number | string | Long);
  'end'?: (number | string | Long);
  'relist'?: (boolean);
  '_start'?: "start";
  '_end'?: "end";
  '_relist'?: "relist";
}

export interface BlacklistruneRequest__Output {
  'start'?: (string);
  'end'?: (string);
  'relist'?: (boolean);
  '_start'?: "start";
  '_end'?: "end";
  '_relist'?: "relist";
}
