// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_ListchainmovesRequest_ListchainmovesIndex = {
  CREATED: 'CREATED',
} as const;

export type _cln_ListchainmovesRequest_ListchainmovesIndex =
  | 'CREATED'
  | 0

export type _cln_ListchainmovesRequest_ListchainmovesIndex__Output = typeof _cln_ListchainmovesRequest_ListchainmovesIndex[keyof typeof _cln_ListchainmovesRequest_ListchainmovesIndex]

export interface ListchainmovesRequest {
  'index'?: (_cln_ListchainmovesRequest_ListchainmovesIndex);
  'start'?: (number | string | Long);
  'limit'?: (number);
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}

export interface ListchainmovesRequest__Output {
  'index'?: (_cln_ListchainmovesRequest_ListchainmovesIndex__Output);
  'start'?: (string);
  'limit'?: (number);
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}
