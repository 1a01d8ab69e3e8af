// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface ListconfigsConfigsCommitfee {
  'value_int'?: (number | string | Long);
  'source'?: (string);
}

export interface ListconfigsConfigsCommitfee__Output {
  'value_int': (string);
  'source': (string);
}
