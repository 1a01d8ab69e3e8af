// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface AutocleanonceAutocleanFailedforwards {
  'cleaned'?: (number | string | Long);
  'uncleaned'?: (number | string | Long);
}

export interface AutocleanonceAutocleanFailedforwards__Output {
  'cleaned': (string);
  'uncleaned': (string);
}
