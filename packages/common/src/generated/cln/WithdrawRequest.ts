// Original file: proto/node.proto

import type { AmountOrAll as _cln_AmountOrAll, AmountOrAll__Output as _cln_AmountOrAll__Output } from '../cln/AmountOrAll.ts';
import type { Outpoint as _cln_Outpoint, Outpoint__Output as _cln_Outpoint__Output } from '../cln/Outpoint.ts';
import type { Feerate as _cln_Feerate, Feerate__Output as _cln_Feerate__Output } from '../cln/Feerate.ts';

export interface WithdrawRequest {
  'destination'?: (string);
  'satoshi'?: (_cln_AmountOrAll | null);
  'minconf'?: (number);
  'utxos'?: (_cln_Outpoint)[];
  'feerate'?: (_cln_Feerate | null);
  '_minconf'?: "minconf";
  '_feerate'?: "feerate";
}

export interface WithdrawRequest__Output {
  'destination': (string);
  'satoshi': (_cln_AmountOrAll__Output | null);
  'minconf'?: (number);
  'utxos': (_cln_Outpoint__Output)[];
  'feerate'?: (_cln_Feerate__Output | null);
  '_minconf'?: "minconf";
  '_feerate'?: "feerate";
}
