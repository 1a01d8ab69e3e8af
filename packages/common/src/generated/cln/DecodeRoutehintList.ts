// Original file: proto/primitives.proto

import type { DecodeRoutehint as _cln_DecodeRoutehint, DecodeRoutehint__Output as _cln_DecodeRoutehint__Output } from '../cln/DecodeRoutehint.ts';

export interface DecodeRoutehintList {
  'hints'?: (_cln_DecodeRoutehint)[];
}

export interface DecodeRoutehintList__Output {
  'hints': (_cln_DecodeRoutehint__Output)[];
}
