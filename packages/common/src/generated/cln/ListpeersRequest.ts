// Original file: proto/node.proto


// Original file: proto/node.proto

export const _cln_ListpeersRequest_ListpeersLevel = {
  IO: 'IO',
  DEBUG: 'DEBUG',
  INFO: 'INFO',
  UNUSUAL: 'UNUSUAL',
  TRACE: 'TRACE',
} as const;

export type _cln_ListpeersRequest_ListpeersLevel =
  | 'IO'
  | 0
  | 'DEBUG'
  | 1
  | 'INFO'
  | 2
  | 'UNUSUAL'
  | 3
  | 'TRACE'
  | 4

export type _cln_ListpeersRequest_ListpeersLevel__Output = typeof _cln_ListpeersRequest_ListpeersLevel[keyof typeof _cln_ListpeersRequest_ListpeersLevel]

export interface ListpeersRequest {
  'id'?: (Buffer | Uint8Array | string);
  'level'?: (string);
  '_id'?: "id";
  '_level'?: "level";
}

export interface ListpeersRequest__Output {
  'id'?: (Buffer);
  'level'?: (string);
  '_id'?: "id";
  '_level'?: "level";
}
