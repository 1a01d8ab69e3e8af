// Original file: proto/node.proto

import type { AskrenereservePath as _cln_AskrenereservePath, AskrenereservePath__Output as _cln_AskrenereservePath__Output } from '../cln/AskrenereservePath.ts';

export interface AskrenereserveRequest {
  'path'?: (_cln_AskrenereservePath)[];
}

export interface AskrenereserveRequest__Output {
  'path': (_cln_AskrenereservePath__Output)[];
}
