// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface AskrenebiasnodeRequest {
  'layer'?: (string);
  'node'?: (Buffer | Uint8Array | string);
  'direction'?: (string);
  'bias'?: (number | string | Long);
  'description'?: (string);
  'relative'?: (boolean);
  '_description'?: "description";
  '_relative'?: "relative";
}

export interface AskrenebiasnodeRequest__Output {
  'layer': (string);
  'node': (Buffer);
  'direction': (string);
  'bias': (string);
  'description'?: (string);
  'relative'?: (boolean);
  '_description'?: "description";
  '_relative'?: "relative";
}
