// Original file: proto/node.proto

import type { ListcurrencyratesCurrencyrates as _cln_ListcurrencyratesCurrencyrates, ListcurrencyratesCurrencyrates__Output as _cln_ListcurrencyratesCurrencyrates__Output } from '../cln/ListcurrencyratesCurrencyrates.ts';

export interface ListcurrencyratesResponse {
  'currencyrates'?: (_cln_ListcurrencyratesCurrencyrates)[];
}

export interface ListcurrencyratesResponse__Output {
  'currencyrates': (_cln_ListcurrencyratesCurrencyrates__Output)[];
}
