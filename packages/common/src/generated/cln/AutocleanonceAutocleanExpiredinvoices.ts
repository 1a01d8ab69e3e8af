// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface AutocleanonceAutocleanExpiredinvoices {
  'cleaned'?: (number | string | Long);
  'uncleaned'?: (number | string | Long);
}

export interface AutocleanonceAutocleanExpiredinvoices__Output {
  'cleaned': (string);
  'uncleaned': (string);
}
