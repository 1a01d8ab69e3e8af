// Original file: proto/node.proto

import type { ListpaysPays as _cln_ListpaysPays, ListpaysPays__Output as _cln_ListpaysPays__Output } from '../cln/ListpaysPays.ts';

export interface ListpaysResponse {
  'pays'?: (_cln_ListpaysPays)[];
}

export interface ListpaysResponse__Output {
  'pays': (_cln_ListpaysPays__Output)[];
}
