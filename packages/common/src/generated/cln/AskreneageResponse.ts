// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface AskreneageResponse {
  'layer'?: (string);
  'num_removed'?: (number | string | Long);
}

export interface AskreneageResponse__Output {
  'layer': (string);
  'num_removed': (string);
}
