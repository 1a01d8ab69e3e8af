// Original file: proto/primitives.proto

import type { RouteHop as _cln_RouteHop, RouteHop__Output as _cln_RouteHop__Output } from '../cln/RouteHop.ts';

export interface Routehint {
  'hops'?: (_cln_RouteHop)[];
}

export interface Routehint__Output {
  'hops': (_cln_RouteHop__Output)[];
}
