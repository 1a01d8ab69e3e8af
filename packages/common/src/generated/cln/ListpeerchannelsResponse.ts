// Original file: proto/node.proto

import type { ListpeerchannelsChannels as _cln_ListpeerchannelsChannels, ListpeerchannelsChannels__Output as _cln_ListpeerchannelsChannels__Output } from '../cln/ListpeerchannelsChannels.ts';

export interface ListpeerchannelsResponse {
  'channels'?: (_cln_ListpeerchannelsChannels)[];
}

export interface ListpeerchannelsResponse__Output {
  'channels': (_cln_ListpeerchannelsChannels__Output)[];
}
