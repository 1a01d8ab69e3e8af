// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface AutocleanonceAutocleanPaidinvoices {
  'cleaned'?: (number | string | Long);
  'uncleaned'?: (number | string | Long);
}

export interface AutocleanonceAutocleanPaidinvoices__Output {
  'cleaned': (string);
  'uncleaned': (string);
}
