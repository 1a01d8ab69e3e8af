// Original file: proto/node.proto

import type { OpenchannelInitChannelType as _cln_OpenchannelInitChannelType, OpenchannelInitChannelType__Output as _cln_OpenchannelInitChannelType__Output } from '../cln/OpenchannelInitChannelType.ts';
import type { Long } from '@grpc/proto-loader';

export interface OpenchannelInitResponse {
  'channel_id'?: (Buffer | Uint8Array | string);
  'psbt'?: (string);
  'channel_type'?: (_cln_OpenchannelInitChannelType | null);
  'commitments_secured'?: (boolean);
  'funding_serial'?: (number | string | Long);
  'requires_confirmed_inputs'?: (boolean);
  '_requires_confirmed_inputs'?: "requires_confirmed_inputs";
}

export interface OpenchannelInitResponse__Output {
  'channel_id': (Buffer);
  'psbt': (string);
  'channel_type': (_cln_OpenchannelInitChannelType__Output | null);
  'commitments_secured': (boolean);
  'funding_serial': (string);
  'requires_confirmed_inputs'?: (boolean);
  '_requires_confirmed_inputs'?: "requires_confirmed_inputs";
}
