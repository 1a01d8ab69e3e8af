// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_ListforwardsRequest_ListforwardsIndex = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
} as const;

export type _cln_ListforwardsRequest_ListforwardsIndex =
  | 'CREATED'
  | 0
  | 'UPDATED'
  | 1

export type _cln_ListforwardsRequest_ListforwardsIndex__Output = typeof _cln_ListforwardsRequest_ListforwardsIndex[keyof typeof _cln_ListforwardsRequest_ListforwardsIndex]

// Original file: proto/node.proto

export const _cln_ListforwardsRequest_ListforwardsStatus = {
  OFFERED: 'OFFERED',
  SETTLED: 'SETTLED',
  LOCAL_FAILED: 'LOCAL_FAILED',
  FAILED: 'FAILED',
} as const;

export type _cln_ListforwardsRequest_ListforwardsStatus =
  | 'OFFERED'
  | 0
  | 'SETTLED'
  | 1
  | 'LOCAL_FAILED'
  | 2
  | 'FAILED'
  | 3

export type _cln_ListforwardsRequest_ListforwardsStatus__Output = typeof _cln_ListforwardsRequest_ListforwardsStatus[keyof typeof _cln_ListforwardsRequest_ListforwardsStatus]

export interface ListforwardsRequest {
  'status'?: (_cln_ListforwardsRequest_ListforwardsStatus);
  'in_channel'?: (string);
  'out_channel'?: (string);
  'index'?: (_cln_ListforwardsRequest_ListforwardsIndex);
  'start'?: (number | string | Long);
  'limit'?: (number);
  '_status'?: "status";
  '_in_channel'?: "in_channel";
  '_out_channel'?: "out_channel";
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}

export interface ListforwardsRequest__Output {
  'status'?: (_cln_ListforwardsRequest_ListforwardsStatus__Output);
  'in_channel'?: (string);
  'out_channel'?: (string);
  'index'?: (_cln_ListforwardsRequest_ListforwardsIndex__Output);
  'start'?: (string);
  'limit'?: (number);
  '_status'?: "status";
  '_in_channel'?: "in_channel";
  '_out_channel'?: "out_channel";
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}
