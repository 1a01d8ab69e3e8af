// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

export interface SetconfigConfig {
  'config'?: (string);
  'source'?: (string);
  'plugin'?: (string);
  'dynamic'?: (boolean);
  'set'?: (boolean);
  'value_str'?: (string);
  'value_msat'?: (_cln_Amount | null);
  'value_int'?: (number | string | Long);
  'value_bool'?: (boolean);
  'sources'?: (string)[];
  'values_str'?: (string)[];
  '_source'?: "source";
  '_plugin'?: "plugin";
  '_set'?: "set";
  '_value_str'?: "value_str";
  '_value_msat'?: "value_msat";
  '_value_int'?: "value_int";
  '_value_bool'?: "value_bool";
}

export interface SetconfigConfig__Output {
  'config': (string);
  'source'?: (string);
  'plugin'?: (string);
  'dynamic': (boolean);
  'set'?: (boolean);
  'value_str'?: (string);
  'value_msat'?: (_cln_Amount__Output | null);
  'value_int'?: (string);
  'value_bool'?: (boolean);
  'sources': (string)[];
  'values_str': (string)[];
  '_source'?: "source";
  '_plugin'?: "plugin";
  '_set'?: "set";
  '_value_str'?: "value_str";
  '_value_msat'?: "value_msat";
  '_value_int'?: "value_int";
  '_value_bool'?: "value_bool";
}
