// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface ListaddressesRequest {
  'address'?: (string);
  'start'?: (number | string | Long);
  'limit'?: (number);
  '_address'?: "address";
  '_start'?: "start";
  '_limit'?: "limit";
}

export interface ListaddressesRequest__Output {
  'address'?: (string);
  'start'?: (string);
  'limit'?: (number);
  '_address'?: "address";
  '_start'?: "start";
  '_limit'?: "limit";
}
