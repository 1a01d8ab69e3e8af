// Original file: proto/node.proto

import type { ListchannelsChannels as _cln_ListchannelsChannels, ListchannelsChannels__Output as _cln_ListchannelsChannels__Output } from '../cln/ListchannelsChannels.ts';

export interface ListchannelsResponse {
  'channels'?: (_cln_ListchannelsChannels)[];
}

export interface ListchannelsResponse__Output {
  'channels': (_cln_ListchannelsChannels__Output)[];
}
