// Original file: proto/node.proto

import type { ListclosedchannelsClosedchannels as _cln_ListclosedchannelsClosedchannels, ListclosedchannelsClosedchannels__Output as _cln_ListclosedchannelsClosedchannels__Output } from '../cln/ListclosedchannelsClosedchannels.ts';

export interface ListclosedchannelsResponse {
  'closedchannels'?: (_cln_ListclosedchannelsClosedchannels)[];
}

export interface ListclosedchannelsResponse__Output {
  'closedchannels': (_cln_ListclosedchannelsClosedchannels__Output)[];
}
