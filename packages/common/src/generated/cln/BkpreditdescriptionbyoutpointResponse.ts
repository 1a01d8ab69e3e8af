// Original file: proto/node.proto

import type { BkpreditdescriptionbyoutpointUpdated as _cln_BkpreditdescriptionbyoutpointUpdated, BkpreditdescriptionbyoutpointUpdated__Output as _cln_BkpreditdescriptionbyoutpointUpdated__Output } from '../cln/BkpreditdescriptionbyoutpointUpdated.ts';

export interface BkpreditdescriptionbyoutpointResponse {
  'updated'?: (_cln_BkpreditdescriptionbyoutpointUpdated)[];
}

export interface BkpreditdescriptionbyoutpointResponse__Output {
  'updated': (_cln_BkpreditdescriptionbyoutpointUpdated__Output)[];
}
