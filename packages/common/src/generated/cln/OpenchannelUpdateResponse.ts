// Original file: proto/node.proto

import type { OpenchannelUpdateChannelType as _cln_OpenchannelUpdateChannelType, OpenchannelUpdateChannelType__Output as _cln_OpenchannelUpdateChannelType__Output } from '../cln/OpenchannelUpdateChannelType.ts';

export interface OpenchannelUpdateResponse {
  'channel_id'?: (Buffer | Uint8Array | string);
  'channel_type'?: (_cln_OpenchannelUpdateChannelType | null);
  'psbt'?: (string);
  'commitments_secured'?: (boolean);
  'funding_outnum'?: (number);
  'close_to'?: (Buffer | Uint8Array | string);
  'requires_confirmed_inputs'?: (boolean);
  '_close_to'?: "close_to";
  '_requires_confirmed_inputs'?: "requires_confirmed_inputs";
}

export interface OpenchannelUpdateResponse__Output {
  'channel_id': (Buffer);
  'channel_type': (_cln_OpenchannelUpdateChannelType__Output | null);
  'psbt': (string);
  'commitments_secured': (boolean);
  'funding_outnum': (number);
  'close_to'?: (Buffer);
  'requires_confirmed_inputs'?: (boolean);
  '_close_to'?: "close_to";
  '_requires_confirmed_inputs'?: "requires_confirmed_inputs";
}
