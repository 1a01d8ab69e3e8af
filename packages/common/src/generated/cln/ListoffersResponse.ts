// Original file: proto/node.proto

import type { ListoffersOffers as _cln_ListoffersOffers, ListoffersOffers__Output as _cln_ListoffersOffers__Output } from '../cln/ListoffersOffers.ts';

export interface ListoffersResponse {
  'offers'?: (_cln_ListoffersOffers)[];
}

export interface ListoffersResponse__Output {
  'offers': (_cln_ListoffersOffers__Output)[];
}
