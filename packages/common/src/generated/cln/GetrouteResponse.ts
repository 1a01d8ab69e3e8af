// Original file: proto/node.proto

import type { GetrouteRoute as _cln_GetrouteRoute, GetrouteRoute__Output as _cln_GetrouteRoute__Output } from '../cln/GetrouteRoute.ts';

export interface GetrouteResponse {
  'route'?: (_cln_GetrouteRoute)[];
}

export interface GetrouteResponse__Output {
  'route': (_cln_GetrouteRoute__Output)[];
}
