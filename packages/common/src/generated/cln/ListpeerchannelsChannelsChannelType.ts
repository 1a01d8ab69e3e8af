// Original file: proto/node.proto

import type { ChannelTypeName as _cln_ChannelTypeName, ChannelTypeName__Output as _cln_ChannelTypeName__Output } from '../cln/ChannelTypeName.ts';

export interface ListpeerchannelsChannelsChannelType {
  'bits'?: (number)[];
  'names'?: (_cln_ChannelTypeName)[];
}

export interface ListpeerchannelsChannelsChannelType__Output {
  'bits': (number)[];
  'names': (_cln_ChannelTypeName__Output)[];
}
