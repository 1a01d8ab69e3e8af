// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_ListhtlcsRequest_ListhtlcsIndex = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
} as const;

export type _cln_ListhtlcsRequest_ListhtlcsIndex =
  | 'CREATED'
  | 0
  | 'UPDATED'
  | 1

export type _cln_ListhtlcsRequest_ListhtlcsIndex__Output = typeof _cln_ListhtlcsRequest_ListhtlcsIndex[keyof typeof _cln_ListhtlcsRequest_ListhtlcsIndex]

export interface ListhtlcsRequest {
  'id'?: (string);
  'index'?: (_cln_ListhtlcsRequest_ListhtlcsIndex);
  'start'?: (number | string | Long);
  'limit'?: (number);
  '_id'?: "id";
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}

export interface ListhtlcsRequest__Output {
  'id'?: (string);
  'index'?: (_cln_ListhtlcsRequest_ListhtlcsIndex__Output);
  'start'?: (string);
  'limit'?: (number);
  '_id'?: "id";
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}
