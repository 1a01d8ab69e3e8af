// Original file: proto/node.proto

import type { RenepaystatusPaystatus as _cln_RenepaystatusPaystatus, RenepaystatusPaystatus__Output as _cln_RenepaystatusPaystatus__Output } from '../cln/RenepaystatusPaystatus.ts';

export interface RenepaystatusResponse {
  'paystatus'?: (_cln_RenepaystatusPaystatus)[];
}

export interface RenepaystatusResponse__Output {
  'paystatus': (_cln_RenepaystatusPaystatus__Output)[];
}
