// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface ListaddressesAddresses {
  'keyidx'?: (number | string | Long);
  'bech32'?: (string);
  'p2tr'?: (string);
  '_bech32'?: "bech32";
  '_p2tr'?: "p2tr";
}

export interface ListaddressesAddresses__Output {
  'keyidx': (string);
  'bech32'?: (string);
  'p2tr'?: (string);
  '_bech32'?: "bech32";
  '_p2tr'?: "p2tr";
}
