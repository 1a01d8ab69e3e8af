// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

export interface AskrenelistlayersLayersConstraints {
  'maximum_msat'?: (_cln_Amount | null);
  'minimum_msat'?: (_cln_Amount | null);
  'short_channel_id_dir'?: (string);
  'timestamp'?: (number | string | Long);
  '_maximum_msat'?: "maximum_msat";
  '_minimum_msat'?: "minimum_msat";
  '_timestamp'?: "timestamp";
}

export interface AskrenelistlayersLayersConstraints__Output {
  'maximum_msat'?: (_cln_Amount__Output | null);
  'minimum_msat'?: (_cln_Amount__Output | null);
  'short_channel_id_dir': (string);
  'timestamp'?: (string);
  '_maximum_msat'?: "maximum_msat";
  '_minimum_msat'?: "minimum_msat";
  '_timestamp'?: "timestamp";
}
