// Original file: proto/node.proto

import type { AmountOrAll as _cln_AmountOrAll, AmountOrAll__Output as _cln_AmountOrAll__Output } from '../cln/AmountOrAll.ts';
import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface MultifundchannelDestinations {
  'id'?: (string);
  'amount'?: (_cln_AmountOrAll | null);
  'announce'?: (boolean);
  'push_msat'?: (_cln_Amount | null);
  'close_to'?: (string);
  'request_amt'?: (_cln_Amount | null);
  'compact_lease'?: (string);
  'mindepth'?: (number);
  'reserve'?: (_cln_Amount | null);
  '_announce'?: "announce";
  '_push_msat'?: "push_msat";
  '_close_to'?: "close_to";
  '_request_amt'?: "request_amt";
  '_compact_lease'?: "compact_lease";
  '_mindepth'?: "mindepth";
  '_reserve'?: "reserve";
}

export interface MultifundchannelDestinations__Output {
  'id': (string);
  'amount': (_cln_AmountOrAll__Output | null);
  'announce'?: (boolean);
  'push_msat'?: (_cln_Amount__Output | null);
  'close_to'?: (string);
  'request_amt'?: (_cln_Amount__Output | null);
  'compact_lease'?: (string);
  'mindepth'?: (number);
  'reserve'?: (_cln_Amount__Output | null);
  '_announce'?: "announce";
  '_push_msat'?: "push_msat";
  '_close_to'?: "close_to";
  '_request_amt'?: "request_amt";
  '_compact_lease'?: "compact_lease";
  '_mindepth'?: "mindepth";
  '_reserve'?: "reserve";
}
