// Original file: proto/node.proto

import type { ListconfigsConfigs as _cln_ListconfigsConfigs, ListconfigsConfigs__Output as _cln_ListconfigsConfigs__Output } from '../cln/ListconfigsConfigs.ts';

export interface ListconfigsResponse {
  'configs'?: (_cln_ListconfigsConfigs | null);
  '_configs'?: "configs";
}

export interface ListconfigsResponse__Output {
  'configs'?: (_cln_ListconfigsConfigs__Output | null);
  '_configs'?: "configs";
}
