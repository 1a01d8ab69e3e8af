// Original file: proto/node.proto

import type { ListforwardsForwards as _cln_ListforwardsForwards, ListforwardsForwards__Output as _cln_ListforwardsForwards__Output } from '../cln/ListforwardsForwards.ts';

export interface ListforwardsResponse {
  'forwards'?: (_cln_ListforwardsForwards)[];
}

export interface ListforwardsResponse__Output {
  'forwards': (_cln_ListforwardsForwards__Output)[];
}
