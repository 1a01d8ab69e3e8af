// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface ListconfigsConfigsRescan {
  'value_int'?: (number | string | Long);
  'source'?: (string);
}

export interface ListconfigsConfigsRescan__Output {
  'value_int': (string);
  'source': (string);
}
