// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface AskreneunreservePath {
  'amount_msat'?: (_cln_Amount | null);
  'short_channel_id_dir'?: (string);
  'layer'?: (string);
  '_layer'?: "layer";
}

export interface AskreneunreservePath__Output {
  'amount_msat': (_cln_Amount__Output | null);
  'short_channel_id_dir': (string);
  'layer'?: (string);
  '_layer'?: "layer";
}
