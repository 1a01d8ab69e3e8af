// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface ListconfigsConfigsMincapacitysat {
  'value_int'?: (number | string | Long);
  'source'?: (string);
  'dynamic'?: (boolean);
  '_dynamic'?: "dynamic";
}

export interface ListconfigsConfigsMincapacitysat__Output {
  'value_int': (string);
  'source': (string);
  'dynamic'?: (boolean);
  '_dynamic'?: "dynamic";
}
