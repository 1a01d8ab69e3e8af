// Original file: proto/node.proto

import type { DelpayPayments as _cln_DelpayPayments, DelpayPayments__Output as _cln_DelpayPayments__Output } from '../cln/DelpayPayments.ts';

export interface DelpayResponse {
  'payments'?: (_cln_DelpayPayments)[];
}

export interface DelpayResponse__Output {
  'payments': (_cln_DelpayPayments__Output)[];
}
