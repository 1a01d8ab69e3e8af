// Original file: proto/node.proto

import type { SetchannelChannels as _cln_SetchannelChannels, SetchannelChannels__Output as _cln_SetchannelChannels__Output } from '../cln/SetchannelChannels.ts';

export interface SetchannelResponse {
  'channels'?: (_cln_SetchannelChannels)[];
}

export interface SetchannelResponse__Output {
  'channels': (_cln_SetchannelChannels__Output)[];
}
