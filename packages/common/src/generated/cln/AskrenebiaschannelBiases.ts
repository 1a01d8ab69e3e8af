// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface AskrenebiaschannelBiases {
  'layer'?: (string);
  'short_channel_id_dir'?: (string);
  'bias'?: (number | string | Long);
  'description'?: (string);
  'timestamp'?: (number | string | Long);
  '_description'?: "description";
  '_timestamp'?: "timestamp";
}

export interface AskrenebiaschannelBiases__Output {
  'layer': (string);
  'short_channel_id_dir': (string);
  'bias': (string);
  'description'?: (string);
  'timestamp'?: (string);
  '_description'?: "description";
  '_timestamp'?: "timestamp";
}
