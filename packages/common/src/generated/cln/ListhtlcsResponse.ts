// Original file: proto/node.proto

import type { ListhtlcsHtlcs as _cln_ListhtlcsHtlcs, ListhtlcsHtlcs__Output as _cln_ListhtlcsHtlcs__Output } from '../cln/ListhtlcsHtlcs.ts';

export interface ListhtlcsResponse {
  'htlcs'?: (_cln_ListhtlcsHtlcs)[];
}

export interface ListhtlcsResponse__Output {
  'htlcs': (_cln_ListhtlcsHtlcs__Output)[];
}
