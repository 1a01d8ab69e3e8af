// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_WaitNetworkevents_WaitNetworkeventsType = {
  CONNECT: 'CONNECT',
  CONNECT_FAIL: 'CONNECT_FAIL',
  PING: 'PING',
  DISCONNECT: 'DISCONNECT',
} as const;

export type _cln_WaitNetworkevents_WaitNetworkeventsType =
  | 'CONNECT'
  | 0
  | 'CONNECT_FAIL'
  | 1
  | 'PING'
  | 2
  | 'DISCONNECT'
  | 3

export type _cln_WaitNetworkevents_WaitNetworkeventsType__Output = typeof _cln_WaitNetworkevents_WaitNetworkeventsType[keyof typeof _cln_WaitNetworkevents_WaitNetworkeventsType]

export interface WaitNetworkevents {
  'created_index'?: (number | string | Long);
  'item_type'?: (_cln_WaitNetworkevents_WaitNetworkeventsType);
  'peer_id'?: (Buffer | Uint8Array | string);
  '_created_index'?: "created_index";
  '_item_type'?: "item_type";
  '_peer_id'?: "peer_id";
}

export interface WaitNetworkevents__Output {
  'created_index'?: (string);
  'item_type'?: (_cln_WaitNetworkevents_WaitNetworkeventsType__Output);
  'peer_id'?: (Buffer);
  '_created_index'?: "created_index";
  '_item_type'?: "item_type";
  '_peer_id'?: "peer_id";
}
