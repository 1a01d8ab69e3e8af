// Original file: proto/node.proto

import type { AskrenebiasnodeNodeBiases as _cln_AskrenebiasnodeNodeBiases, AskrenebiasnodeNodeBiases__Output as _cln_AskrenebiasnodeNodeBiases__Output } from '../cln/AskrenebiasnodeNodeBiases.ts';

export interface AskrenebiasnodeResponse {
  'node_biases'?: (_cln_AskrenebiasnodeNodeBiases)[];
}

export interface AskrenebiasnodeResponse__Output {
  'node_biases': (_cln_AskrenebiasnodeNodeBiases__Output)[];
}
