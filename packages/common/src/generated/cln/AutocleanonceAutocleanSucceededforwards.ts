// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface AutocleanonceAutocleanSucceededforwards {
  'cleaned'?: (number | string | Long);
  'uncleaned'?: (number | string | Long);
}

export interface AutocleanonceAutocleanSucceededforwards__Output {
  'cleaned': (string);
  'uncleaned': (string);
}
