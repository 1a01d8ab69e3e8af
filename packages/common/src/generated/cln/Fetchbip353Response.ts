// Original file: proto/node.proto

import type { Fetchbip353Instructions as _cln_Fetchbip353Instructions, Fetchbip353Instructions__Output as _cln_Fetchbip353Instructions__Output } from '../cln/Fetchbip353Instructions.ts';

export interface Fetchbip353Response {
  'proof'?: (string);
  'instructions'?: (_cln_Fetchbip353Instructions)[];
}

export interface Fetchbip353Response__Output {
  'proof': (string);
  'instructions': (_cln_Fetchbip353Instructions__Output)[];
}
