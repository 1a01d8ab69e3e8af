// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Feerate as _cln_Feerate, Feerate__Output as _cln_Feerate__Output } from '../cln/Feerate.ts';

export interface FundchannelStartRequest {
  'id'?: (Buffer | Uint8Array | string);
  'amount'?: (_cln_Amount | null);
  'feerate'?: (_cln_Feerate | null);
  'announce'?: (boolean);
  'close_to'?: (string);
  'push_msat'?: (_cln_Amount | null);
  'mindepth'?: (number);
  'reserve'?: (_cln_Amount | null);
  'channel_type'?: (number)[];
  '_feerate'?: "feerate";
  '_announce'?: "announce";
  '_close_to'?: "close_to";
  '_push_msat'?: "push_msat";
  '_mindepth'?: "mindepth";
  '_reserve'?: "reserve";
}

export interface FundchannelStartRequest__Output {
  'id': (Buffer);
  'amount': (_cln_Amount__Output | null);
  'feerate'?: (_cln_Feerate__Output | null);
  'announce'?: (boolean);
  'close_to'?: (string);
  'push_msat'?: (_cln_Amount__Output | null);
  'mindepth'?: (number);
  'reserve'?: (_cln_Amount__Output | null);
  'channel_type': (number)[];
  '_feerate'?: "feerate";
  '_announce'?: "announce";
  '_close_to'?: "close_to";
  '_push_msat'?: "push_msat";
  '_mindepth'?: "mindepth";
  '_reserve'?: "reserve";
}
