// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface SpliceInitRequest {
  'channel_id'?: (Buffer | Uint8Array | string);
  'relative_amount'?: (number | string | Long);
  'initialpsbt'?: (string);
  'feerate_per_kw'?: (number);
  'force_feerate'?: (boolean);
  '_initialpsbt'?: "initialpsbt";
  '_feerate_per_kw'?: "feerate_per_kw";
  '_force_feerate'?: "force_feerate";
}

export interface SpliceInitRequest__Output {
  'channel_id': (Buffer);
  'relative_amount': (string);
  'initialpsbt'?: (string);
  'feerate_per_kw'?: (number);
  'force_feerate'?: (boolean);
  '_initialpsbt'?: "initialpsbt";
  '_feerate_per_kw'?: "feerate_per_kw";
  '_force_feerate'?: "force_feerate";
}
