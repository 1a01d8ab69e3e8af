// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { GetroutesRoutesPath as _cln_GetroutesRoutesPath, GetroutesRoutesPath__Output as _cln_GetroutesRoutesPath__Output } from '../cln/GetroutesRoutesPath.ts';
import type { Long } from '@grpc/proto-loader';

export interface GetroutesRoutes {
  'probability_ppm'?: (number | string | Long);
  'amount_msat'?: (_cln_Amount | null);
  'path'?: (_cln_GetroutesRoutesPath)[];
  'final_cltv'?: (number);
}

export interface GetroutesRoutes__Output {
  'probability_ppm': (string);
  'amount_msat': (_cln_Amount__Output | null);
  'path': (_cln_GetroutesRoutesPath__Output)[];
  'final_cltv': (number);
}
