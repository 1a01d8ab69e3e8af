// Original file: proto/node.proto

import type { FundchannelStartChannelType as _cln_FundchannelStartChannelType, FundchannelStartChannelType__Output as _cln_FundchannelStartChannelType__Output } from '../cln/FundchannelStartChannelType.ts';

export interface FundchannelStartResponse {
  'funding_address'?: (string);
  'scriptpubkey'?: (Buffer | Uint8Array | string);
  'channel_type'?: (_cln_FundchannelStartChannelType | null);
  'close_to'?: (Buffer | Uint8Array | string);
  'warning_usage'?: (string);
  'mindepth'?: (number);
  '_channel_type'?: "channel_type";
  '_close_to'?: "close_to";
  '_mindepth'?: "mindepth";
}

export interface FundchannelStartResponse__Output {
  'funding_address': (string);
  'scriptpubkey': (Buffer);
  'channel_type'?: (_cln_FundchannelStartChannelType__Output | null);
  'close_to'?: (Buffer);
  'warning_usage': (string);
  'mindepth'?: (number);
  '_channel_type'?: "channel_type";
  '_close_to'?: "close_to";
  '_mindepth'?: "mindepth";
}
