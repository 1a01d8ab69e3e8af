// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_ListpaysRequest_ListpaysIndex = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
} as const;

export type _cln_ListpaysRequest_ListpaysIndex =
  | 'CREATED'
  | 0
  | 'UPDATED'
  | 1

export type _cln_ListpaysRequest_ListpaysIndex__Output = typeof _cln_ListpaysRequest_ListpaysIndex[keyof typeof _cln_ListpaysRequest_ListpaysIndex]

// Original file: proto/node.proto

export const _cln_ListpaysRequest_ListpaysStatus = {
  PENDING: 'PENDING',
  COMPLETE: 'COMPLETE',
  FAILED: 'FAILED',
} as const;

export type _cln_ListpaysRequest_ListpaysStatus =
  | 'PENDING'
  | 0
  | 'COMPLETE'
  | 1
  | 'FAILED'
  | 2

export type _cln_ListpaysRequest_ListpaysStatus__Output = typeof _cln_ListpaysRequest_ListpaysStatus[keyof typeof _cln_ListpaysRequest_ListpaysStatus]

export interface ListpaysRequest {
  'bolt11'?: (string);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'status'?: (_cln_ListpaysRequest_ListpaysStatus);
  'index'?: (_cln_ListpaysRequest_ListpaysIndex);
  'start'?: (number | string | Long);
  'limit'?: (number);
  '_bolt11'?: "bolt11";
  '_payment_hash'?: "payment_hash";
  '_status'?: "status";
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}

export interface ListpaysRequest__Output {
  'bolt11'?: (string);
  'payment_hash'?: (Buffer);
  'status'?: (_cln_ListpaysRequest_ListpaysStatus__Output);
  'index'?: (_cln_ListpaysRequest_ListpaysIndex__Output);
  'start'?: (string);
  'limit'?: (number);
  '_bolt11'?: "bolt11";
  '_payment_hash'?: "payment_hash";
  '_status'?: "status";
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}
