// Original file: proto/node.proto

import type { Feerate as _cln_Feerate, Feerate__Output as _cln_Feerate__Output } from '../cln/Feerate.ts';
import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface OpenchannelBumpRequest {
  'channel_id'?: (Buffer | Uint8Array | string);
  'initialpsbt'?: (string);
  'funding_feerate'?: (_cln_Feerate | null);
  'amount'?: (_cln_Amount | null);
  '_funding_feerate'?: "funding_feerate";
}

export interface OpenchannelBumpRequest__Output {
  'channel_id': (Buffer);
  'initialpsbt': (string);
  'funding_feerate'?: (_cln_Feerate__Output | null);
  'amount': (_cln_Amount__Output | null);
  '_funding_feerate'?: "funding_feerate";
}
