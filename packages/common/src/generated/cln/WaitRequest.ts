// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_WaitRequest_WaitIndexname = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  DELETED: 'DELETED',
} as const;

export type _cln_WaitRequest_WaitIndexname =
  | 'CREATED'
  | 0
  | 'UPDATED'
  | 1
  | 'DELETED'
  | 2

export type _cln_WaitRequest_WaitIndexname__Output = typeof _cln_WaitRequest_WaitIndexname[keyof typeof _cln_WaitRequest_WaitIndexname]

// Original file: proto/node.proto

export const _cln_WaitRequest_WaitSubsystem = {
  INVOICES: 'INVOICES',
  FORWARDS: 'FORWARDS',
  SENDPAYS: 'SENDPAYS',
  HTLCS: 'HTLCS',
  CHAINMOVES: 'CHAINMOVES',
  CHANNELMOVES: 'CHANNELMOVES',
  NETWORKEVENTS: 'NETWORKEVENTS',
} as const;

export type _cln_WaitRequest_WaitSubsystem =
  | 'INVOICES'
  | 0
  | 'FORWARDS'
  | 1
  | 'SENDPAYS'
  | 2
  | 'HTLCS'
  | 3
  | 'CHAINMOVES'
  | 4
  | 'CHANNELMOVES'
  | 5
  | 'NETWORKEVENTS'
  | 6

export type _cln_WaitRequest_WaitSubsystem__Output = typeof _cln_WaitRequest_WaitSubsystem[keyof typeof _cln_WaitRequest_WaitSubsystem]

export interface WaitRequest {
  'subsystem'?: (_cln_WaitRequest_WaitSubsystem);
  'indexname'?: (_cln_WaitRequest_WaitIndexname);
  'nextvalue'?: (number | string | Long);
}

export interface WaitRequest__Output {
  'subsystem': (_cln_WaitRequest_WaitSubsystem__Output);
  'indexname': (_cln_WaitRequest_WaitIndexname__Output);
  'nextvalue': (string);
}
