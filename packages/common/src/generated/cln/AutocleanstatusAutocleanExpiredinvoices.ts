// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface AutocleanstatusAutocleanExpiredinvoices {
  'enabled'?: (boolean);
  'cleaned'?: (number | string | Long);
  'age'?: (number | string | Long);
  '_age'?: "age";
}

export interface AutocleanstatusAutocleanExpiredinvoices__Output {
  'enabled': (boolean);
  'cleaned': (string);
  'age'?: (string);
  '_age'?: "age";
}
