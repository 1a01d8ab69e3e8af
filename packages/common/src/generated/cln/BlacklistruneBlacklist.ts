// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface BlacklistruneBlacklist {
  'start'?: (number | string | Long);
  'end'?: (number | string | Long);
}

export interface BlacklistruneBlacklist__Output {
  'start': (string);
  'end': (string);
}
