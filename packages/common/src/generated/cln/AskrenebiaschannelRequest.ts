// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface AskrenebiaschannelRequest {
  'layer'?: (string);
  'short_channel_id_dir'?: (string);
  'bias'?: (number | string | Long);
  'description'?: (string);
  'relative'?: (boolean);
  '_description'?: "description";
  '_relative'?: "relative";
}

export interface AskrenebiaschannelRequest__Output {
  'layer': (string);
  'short_channel_id_dir': (string);
  'bias': (string);
  'description'?: (string);
  'relative'?: (boolean);
  '_description'?: "description";
  '_relative'?: "relative";
}
