// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_ListchannelmovesRequest_ListchannelmovesIndex = {
  CREATED: 'CREATED',
} as const;

export type _cln_ListchannelmovesRequest_ListchannelmovesIndex =
  | 'CREATED'
  | 0

export type _cln_ListchannelmovesRequest_ListchannelmovesIndex__Output = typeof _cln_ListchannelmovesRequest_ListchannelmovesIndex[keyof typeof _cln_ListchannelmovesRequest_ListchannelmovesIndex]

export interface ListchannelmovesRequest {
  'index'?: (_cln_ListchannelmovesRequest_ListchannelmovesIndex);
  'start'?: (number | string | Long);
  'limit'?: (number);
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}

export interface ListchannelmovesRequest__Output {
  'index'?: (_cln_ListchannelmovesRequest_ListchannelmovesIndex__Output);
  'start'?: (string);
  'limit'?: (number);
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}
