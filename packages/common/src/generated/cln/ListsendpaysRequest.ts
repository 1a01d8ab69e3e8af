// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_ListsendpaysRequest_ListsendpaysIndex = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
} as const;

export type _cln_ListsendpaysRequest_ListsendpaysIndex =
  | 'CREATED'
  | 0
  | 'UPDATED'
  | 1

export type _cln_ListsendpaysRequest_ListsendpaysIndex__Output = typeof _cln_ListsendpaysRequest_ListsendpaysIndex[keyof typeof _cln_ListsendpaysRequest_ListsendpaysIndex]

// Original file: proto/node.proto

export const _cln_ListsendpaysRequest_ListsendpaysStatus = {
  PENDING: 'PENDING',
  COMPLETE: 'COMPLETE',
  FAILED: 'FAILED',
} as const;

export type _cln_ListsendpaysRequest_ListsendpaysStatus =
  | 'PENDING'
  | 0
  | 'COMPLETE'
  | 1
  | 'FAILED'
  | 2

export type _cln_ListsendpaysRequest_ListsendpaysStatus__Output = typeof _cln_ListsendpaysRequest_ListsendpaysStatus[keyof typeof _cln_ListsendpaysRequest_ListsendpaysStatus]

export interface ListsendpaysRequest {
  'bolt11'?: (string);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'status'?: (_cln_ListsendpaysRequest_ListsendpaysStatus);
  'index'?: (_cln_ListsendpaysRequest_ListsendpaysIndex);
  'start'?: (number | string | Long);
  'limit'?: (number);
  '_bolt11'?: "bolt11";
  '_payment_hash'?: "payment_hash";
  '_status'?: "status";
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}

export interface ListsendpaysRequest__Output {
  'bolt11'?: (string);
  'payment_hash'?: (Buffer);
  'status'?: (_cln_ListsendpaysRequest_ListsendpaysStatus__Output);
  'index'?: (_cln_ListsendpaysRequest_ListsendpaysIndex__Output);
  'start'?: (string);
  'limit'?: (number);
  '_bolt11'?: "bolt11";
  '_payment_hash'?: "payment_hash";
  '_status'?: "status";
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}
