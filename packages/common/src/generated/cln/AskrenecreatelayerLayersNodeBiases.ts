// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface AskrenecreatelayerLayersNodeBiases {
  'node'?: (Buffer | Uint8Array | string);
  'in_bias'?: (number | string | Long);
  'out_bias'?: (number | string | Long);
  'description'?: (string);
  'timestamp'?: (number | string | Long);
  '_description'?: "description";
}

export interface AskrenecreatelayerLayersNodeBiases__Output {
  'node': (Buffer);
  'in_bias': (string);
  'out_bias': (string);
  'description'?: (string);
  'timestamp': (string);
  '_description'?: "description";
}
