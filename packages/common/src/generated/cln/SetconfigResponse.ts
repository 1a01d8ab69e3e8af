// Original file: proto/node.proto

import type { SetconfigConfig as _cln_SetconfigConfig, SetconfigConfig__Output as _cln_SetconfigConfig__Output } from '../cln/SetconfigConfig.ts';

export interface SetconfigResponse {
  'config'?: (_cln_SetconfigConfig | null);
}

export interface SetconfigResponse__Output {
  'config': (_cln_SetconfigConfig__Output | null);
}
