// Original file: proto/node.proto

import type { GetlogLog as _cln_GetlogLog, GetlogLog__Output as _cln_GetlogLog__Output } from '../cln/GetlogLog.ts';

export interface GetlogResponse {
  'created_at'?: (string);
  'bytes_used'?: (number);
  'bytes_max'?: (number);
  'log'?: (_cln_GetlogLog)[];
}

export interface GetlogResponse__Output {
  'created_at': (string);
  'bytes_used': (number);
  'bytes_max': (number);
  'log': (_cln_GetlogLog__Output)[];
}
