// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

export interface AskreneinformchannelConstraints {
  'short_channel_id_dir'?: (string);
  'layer'?: (string);
  'timestamp'?: (number | string | Long);
  'maximum_msat'?: (_cln_Amount | null);
  'minimum_msat'?: (_cln_Amount | null);
  '_maximum_msat'?: "maximum_msat";
  '_minimum_msat'?: "minimum_msat";
}

export interface AskreneinformchannelConstraints__Output {
  'short_channel_id_dir': (string);
  'layer': (string);
  'timestamp': (string);
  'maximum_msat'?: (_cln_Amount__Output | null);
  'minimum_msat'?: (_cln_Amount__Output | null);
  '_maximum_msat'?: "maximum_msat";
  '_minimum_msat'?: "minimum_msat";
}
