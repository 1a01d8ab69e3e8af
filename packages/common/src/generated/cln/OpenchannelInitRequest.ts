// Original file: proto/node.proto

import type { Feerate as _cln_Feerate, Feerate__Output as _cln_Feerate__Output } from '../cln/Feerate.ts';
import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface OpenchannelInitRequest {
  'id'?: (Buffer | Uint8Array | string);
  'initialpsbt'?: (string);
  'commitment_feerate'?: (_cln_Feerate | null);
  'funding_feerate'?: (_cln_Feerate | null);
  'announce'?: (boolean);
  'close_to'?: (string);
  'request_amt'?: (_cln_Amount | null);
  'compact_lease'?: (Buffer | Uint8Array | string);
  'channel_type'?: (number)[];
  'amount'?: (_cln_Amount | null);
  '_commitment_feerate'?: "commitment_feerate";
  '_funding_feerate'?: "funding_feerate";
  '_announce'?: "announce";
  '_close_to'?: "close_to";
  '_request_amt'?: "request_amt";
  '_compact_lease'?: "compact_lease";
}

export interface OpenchannelInitRequest__Output {
  'id': (Buffer);
  'initialpsbt': (string);
  'commitment_feerate'?: (_cln_Feerate__Output | null);
  'funding_feerate'?: (_cln_Feerate__Output | null);
  'announce'?: (boolean);
  'close_to'?: (string);
  'request_amt'?: (_cln_Amount__Output | null);
  'compact_lease'?: (Buffer);
  'channel_type': (number)[];
  'amount': (_cln_Amount__Output | null);
  '_commitment_feerate'?: "commitment_feerate";
  '_funding_feerate'?: "funding_feerate";
  '_announce'?: "announce";
  '_close_to'?: "close_to";
  '_request_amt'?: "request_amt";
  '_compact_lease'?: "compact_lease";
}
