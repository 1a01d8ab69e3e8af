// Original file: proto/node.proto

import type { ListchainmovesChainmoves as _cln_ListchainmovesChainmoves, ListchainmovesChainmoves__Output as _cln_ListchainmovesChainmoves__Output } from '../cln/ListchainmovesChainmoves.ts';

export interface ListchainmovesResponse {
  'chainmoves'?: (_cln_ListchainmovesChainmoves)[];
}

export interface ListchainmovesResponse__Output {
  'chainmoves': (_cln_ListchainmovesChainmoves__Output)[];
}
