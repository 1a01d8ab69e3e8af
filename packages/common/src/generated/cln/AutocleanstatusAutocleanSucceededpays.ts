// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface AutocleanstatusAutocleanSucceededpays {
  'enabled'?: (boolean);
  'cleaned'?: (number | string | Long);
  'age'?: (number | string | Long);
  '_age'?: "age";
}

export interface AutocleanstatusAutocleanSucceededpays__Output {
  'enabled': (boolean);
  'cleaned': (string);
  'age'?: (string);
  '_age'?: "age";
}
