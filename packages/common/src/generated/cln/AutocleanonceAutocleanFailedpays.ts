// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface AutocleanonceAutocleanFailedpays {
  'cleaned'?: (number | string | Long);
  'uncleaned'?: (number | string | Long);
}

export interface AutocleanonceAutocleanFailedpays__Output {
  'cleaned': (string);
  'uncleaned': (string);
}
