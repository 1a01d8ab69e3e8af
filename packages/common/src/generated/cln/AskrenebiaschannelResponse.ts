// Original file: proto/node.proto

import type { AskrenebiaschannelBiases as _cln_AskrenebiaschannelBiases, AskrenebiaschannelBiases__Output as _cln_AskrenebiaschannelBiases__Output } from '../cln/AskrenebiaschannelBiases.ts';

export interface AskrenebiaschannelResponse {
  'biases'?: (_cln_AskrenebiaschannelBiases)[];
}

export interface AskrenebiaschannelResponse__Output {
  'biases': (_cln_AskrenebiaschannelBiases__Output)[];
}
