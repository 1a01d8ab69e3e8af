// Original file: proto/primitives.proto

import type { DecodeRouteHop as _cln_DecodeRouteHop, DecodeRouteHop__Output as _cln_DecodeRouteHop__Output } from '../cln/DecodeRouteHop.ts';

export interface DecodeRoutehint {
  'hops'?: (_cln_DecodeRouteHop)[];
}

export interface DecodeRoutehint__Output {
  'hops': (_cln_DecodeRouteHop__Output)[];
}
