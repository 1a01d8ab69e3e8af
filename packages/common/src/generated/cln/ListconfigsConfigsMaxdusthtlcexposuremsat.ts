// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface ListconfigsConfigsMaxdusthtlcexposuremsat {
  'value_msat'?: (_cln_Amount | null);
  'source'?: (string);
}

export interface ListconfigsConfigsMaxdusthtlcexposuremsat__Output {
  'value_msat': (_cln_Amount__Output | null);
  'source': (string);
}
