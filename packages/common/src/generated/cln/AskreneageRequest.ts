// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface AskreneageRequest {
  'layer'?: (string);
  'cutoff'?: (number | string | Long);
}

export interface AskreneageRequest__Output {
  'layer': (string);
  'cutoff': (string);
}
