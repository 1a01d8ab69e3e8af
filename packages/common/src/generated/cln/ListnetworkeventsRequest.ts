// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_ListnetworkeventsRequest_ListnetworkeventsIndex = {
  CREATED: 'CREATED',
} as const;

export type _cln_ListnetworkeventsRequest_ListnetworkeventsIndex =
  | 'CREATED'
  | 0

export type _cln_ListnetworkeventsRequest_ListnetworkeventsIndex__Output = typeof _cln_ListnetworkeventsRequest_ListnetworkeventsIndex[keyof typeof _cln_ListnetworkeventsRequest_ListnetworkeventsIndex]

export interface ListnetworkeventsRequest {
  'id'?: (string);
  'index'?: (_cln_ListnetworkeventsRequest_ListnetworkeventsIndex);
  'start'?: (number | string | Long);
  'limit'?: (number);
  '_id'?: "id";
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}

export interface ListnetworkeventsRequest__Output {
  'id'?: (string);
  'index'?: (_cln_ListnetworkeventsRequest_ListnetworkeventsIndex__Output);
  'start'?: (string);
  'limit'?: (number);
  '_id'?: "id";
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}
