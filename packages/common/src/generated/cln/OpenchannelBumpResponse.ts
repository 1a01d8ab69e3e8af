// Original file: proto/node.proto

import type { OpenchannelBumpChannelType as _cln_OpenchannelBumpChannelType, OpenchannelBumpChannelType__Output as _cln_OpenchannelBumpChannelType__Output } from '../cln/OpenchannelBumpChannelType.ts';
import type { Long } from '@grpc/proto-loader';

export interface OpenchannelBumpResponse {
  'channel_id'?: (Buffer | Uint8Array | string);
  'channel_type'?: (_cln_OpenchannelBumpChannelType | null);
  'psbt'?: (string);
  'commitments_secured'?: (boolean);
  'funding_serial'?: (number | string | Long);
  'requires_confirmed_inputs'?: (boolean);
  '_requires_confirmed_inputs'?: "requires_confirmed_inputs";
}

export interface OpenchannelBumpResponse__Output {
  'channel_id': (Buffer);
  'channel_type': (_cln_OpenchannelBumpChannelType__Output | null);
  'psbt': (string);
  'commitments_secured': (boolean);
  'funding_serial': (string);
  'requires_confirmed_inputs'?: (boolean);
  '_requires_confirmed_inputs'?: "requires_confirmed_inputs";
}
