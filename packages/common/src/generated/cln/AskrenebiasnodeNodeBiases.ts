// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface AskrenebiasnodeNodeBiases {
  'layer'?: (string);
  'node'?: (Buffer | Uint8Array | string);
  'in_bias'?: (number | string | Long);
  'out_bias'?: (number | string | Long);
  'description'?: (string);
  'timestamp'?: (number | string | Long);
  '_description'?: "description";
}

export interface AskrenebiasnodeNodeBiases__Output {
  'layer': (string);
  'node': (Buffer);
  'in_bias': (string);
  'out_bias': (string);
  'description'?: (string);
  'timestamp': (string);
  '_description'?: "description";
}
