// Original file: proto/node.proto

import type { BkpreditdescriptionbypaymentidUpdated as _cln_BkpreditdescriptionbypaymentidUpdated, BkpreditdescriptionbypaymentidUpdated__Output as _cln_BkpreditdescriptionbypaymentidUpdated__Output } from '../cln/BkpreditdescriptionbypaymentidUpdated.ts';

export interface BkpreditdescriptionbypaymentidResponse {
  'updated'?: (_cln_BkpreditdescriptionbypaymentidUpdated)[];
}

export interface BkpreditdescriptionbypaymentidResponse__Output {
  'updated': (_cln_BkpreditdescriptionbypaymentidUpdated__Output)[];
}
