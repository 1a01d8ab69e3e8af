// Original file: proto/node.proto

import type { MultifundchannelChannelIdsChannelType as _cln_MultifundchannelChannelIdsChannelType, MultifundchannelChannelIdsChannelType__Output as _cln_MultifundchannelChannelIdsChannelType__Output } from '../cln/MultifundchannelChannelIdsChannelType.ts';

export interface MultifundchannelChannelIds {
  'id'?: (Buffer | Uint8Array | string);
  'outnum'?: (number);
  'channel_id'?: (Buffer | Uint8Array | string);
  'channel_type'?: (_cln_MultifundchannelChannelIdsChannelType | null);
  'close_to'?: (Buffer | Uint8Array | string);
  '_close_to'?: "close_to";
}

export interface MultifundchannelChannelIds__Output {
  'id': (Buffer);
  'outnum': (number);
  'channel_id': (Buffer);
  'channel_type': (_cln_MultifundchannelChannelIdsChannelType__Output | null);
  'close_to'?: (Buffer);
  '_close_to'?: "close_to";
}
