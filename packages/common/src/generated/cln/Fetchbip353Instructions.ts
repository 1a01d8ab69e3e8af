// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface Fetchbip353Instructions {
  'description'?: (string);
  'offer'?: (string);
  'onchain'?: (string);
  'offchain_amount_msat'?: (number | string | Long);
  'onchain_amount_sat'?: (number | string | Long);
  '_description'?: "description";
  '_offer'?: "offer";
  '_onchain'?: "onchain";
  '_offchain_amount_msat'?: "offchain_amount_msat";
  '_onchain_amount_sat'?: "onchain_amount_sat";
}

export interface Fetchbip353Instructions__Output {
  'description'?: (string);
  'offer'?: (string);
  'onchain'?: (string);
  'offchain_amount_msat'?: (string);
  'onchain_amount_sat'?: (string);
  '_description'?: "description";
  '_offer'?: "offer";
  '_onchain'?: "onchain";
  '_offchain_amount_msat'?: "offchain_amount_msat";
  '_onchain_amount_sat'?: "onchain_amount_sat";
}
