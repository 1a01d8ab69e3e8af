// Original file: proto/primitives.proto

import type { Routehint as _cln_Routehint, Routehint__Output as _cln_Routehint__Output } from '../cln/Routehint.ts';

export interface RoutehintList {
  'hints'?: (_cln_Routehint)[];
}

export interface RoutehintList__Output {
  'hints': (_cln_Routehint__Output)[];
}
