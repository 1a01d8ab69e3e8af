// Original file: proto/node.proto

import type { GetroutesRoutes as _cln_GetroutesRoutes, GetroutesRoutes__Output as _cln_GetroutesRoutes__Output } from '../cln/GetroutesRoutes.ts';
import type { Long } from '@grpc/proto-loader';

export interface GetroutesResponse {
  'probability_ppm'?: (number | string | Long);
  'routes'?: (_cln_GetroutesRoutes)[];
}

export interface GetroutesResponse__Output {
  'probability_ppm': (string);
  'routes': (_cln_GetroutesRoutes__Output)[];
}
