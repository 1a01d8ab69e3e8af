// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface CurrencyconvertResponse {
  'msat'?: (_cln_Amount | null);
}

export interface CurrencyconvertResponse__Output {
  'msat': (_cln_Amount__Output | null);
}
