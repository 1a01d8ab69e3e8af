// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface AddpsbtoutputRequest {
  'satoshi'?: (_cln_Amount | null);
  'locktime'?: (number);
  'initialpsbt'?: (string);
  'destination'?: (string);
  '_locktime'?: "locktime";
  '_initialpsbt'?: "initialpsbt";
  '_destination'?: "destination";
}

export interface AddpsbtoutputRequest__Output {
  'satoshi': (_cln_Amount__Output | null);
  'locktime'?: (number);
  'initialpsbt'?: (string);
  'destination'?: (string);
  '_locktime'?: "locktime";
  '_initialpsbt'?: "initialpsbt";
  '_destination'?: "destination";
}
