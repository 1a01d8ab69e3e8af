// Original file: proto/node.proto

import type { ListnodesNodes as _cln_ListnodesNodes, ListnodesNodes__Output as _cln_ListnodesNodes__Output } from '../cln/ListnodesNodes.ts';

export interface ListnodesResponse {
  'nodes'?: (_cln_ListnodesNodes)[];
}

export interface ListnodesResponse__Output {
  'nodes': (_cln_ListnodesNodes__Output)[];
}
