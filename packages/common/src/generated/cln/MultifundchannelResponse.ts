// Original file: proto/node.proto

import type { MultifundchannelChannelIds as _cln_MultifundchannelChannelIds, MultifundchannelChannelIds__Output as _cln_MultifundchannelChannelIds__Output } from '../cln/MultifundchannelChannelIds.ts';
import type { MultifundchannelFailed as _cln_MultifundchannelFailed, MultifundchannelFailed__Output as _cln_MultifundchannelFailed__Output } from '../cln/MultifundchannelFailed.ts';

export interface MultifundchannelResponse {
  'tx'?: (Buffer | Uint8Array | string);
  'txid'?: (Buffer | Uint8Array | string);
  'channel_ids'?: (_cln_MultifundchannelChannelIds)[];
  'failed'?: (_cln_MultifundchannelFailed)[];
}

export interface MultifundchannelResponse__Output {
  'tx': (Buffer);
  'txid': (Buffer);
  'channel_ids': (_cln_MultifundchannelChannelIds__Output)[];
  'failed': (_cln_MultifundchannelFailed__Output)[];
}
