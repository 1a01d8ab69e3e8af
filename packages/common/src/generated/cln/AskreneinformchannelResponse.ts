// Original file: proto/node.proto

import type { AskreneinformchannelConstraints as _cln_AskreneinformchannelConstraints, AskreneinformchannelConstraints__Output as _cln_AskreneinformchannelConstraints__Output } from '../cln/AskreneinformchannelConstraints.ts';

export interface AskreneinformchannelResponse {
  'constraints'?: (_cln_AskreneinformchannelConstraints)[];
}

export interface AskreneinformchannelResponse__Output {
  'constraints': (_cln_AskreneinformchannelConstraints__Output)[];
}
