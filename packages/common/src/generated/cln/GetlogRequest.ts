// Original file: proto/node.proto


// Original file: proto/node.proto

export const _cln_GetlogRequest_GetlogLevel = {
  BROKEN: 'BROKEN',
  UNUSUAL: 'UNUSUAL',
  INFO: 'INFO',
  DEBUG: 'DEBUG',
  IO: 'IO',
  TRACE: 'TRACE',
} as const;

export type _cln_GetlogRequest_GetlogLevel =
  | 'BROKEN'
  | 0
  | 'UNUSUAL'
  | 1
  | 'INFO'
  | 2
  | 'DEBUG'
  | 3
  | 'IO'
  | 4
  | 'TRACE'
  | 5

export type _cln_GetlogRequest_GetlogLevel__Output = typeof _cln_GetlogRequest_GetlogLevel[keyof typeof _cln_GetlogRequest_GetlogLevel]

export interface GetlogRequest {
  'level'?: (_cln_GetlogRequest_GetlogLevel);
  '_level'?: "level";
}

export interface GetlogRequest__Output {
  'level'?: (_cln_GetlogRequest_GetlogLevel__Output);
  '_level'?: "level";
}
