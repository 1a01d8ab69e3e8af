// Original file: proto/node.proto

import type { BkprchannelsapyChannelsApy as _cln_BkprchannelsapyChannelsApy, BkprchannelsapyChannelsApy__Output as _cln_BkprchannelsapyChannelsApy__Output } from '../cln/BkprchannelsapyChannelsApy.ts';

export interface BkprchannelsapyResponse {
  'channels_apy'?: (_cln_BkprchannelsapyChannelsApy)[];
}

export interface BkprchannelsapyResponse__Output {
  'channels_apy': (_cln_BkprchannelsapyChannelsApy__Output)[];
}
