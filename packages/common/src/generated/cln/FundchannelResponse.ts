// Original file: proto/node.proto

import type { FundchannelChannelType as _cln_FundchannelChannelType, FundchannelChannelType__Output as _cln_FundchannelChannelType__Output } from '../cln/FundchannelChannelType.ts';

export interface FundchannelResponse {
  'tx'?: (Buffer | Uint8Array | string);
  'txid'?: (Buffer | Uint8Array | string);
  'outnum'?: (number);
  'channel_id'?: (Buffer | Uint8Array | string);
  'close_to'?: (Buffer | Uint8Array | string);
  'mindepth'?: (number);
  'channel_type'?: (_cln_FundchannelChannelType | null);
  '_close_to'?: "close_to";
  '_mindepth'?: "mindepth";
}

export interface FundchannelResponse__Output {
  'tx': (Buffer);
  'txid': (Buffer);
  'outnum': (number);
  'channel_id': (Buffer);
  'close_to'?: (Buffer);
  'mindepth'?: (number);
  'channel_type': (_cln_FundchannelChannelType__Output | null);
  '_close_to'?: "close_to";
  '_mindepth'?: "mindepth";
}
