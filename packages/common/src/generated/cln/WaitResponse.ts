// Original file: proto/node.proto

import type { WaitDetails as _cln_WaitDetails, WaitDetails__Output as _cln_WaitDetails__Output } from '../cln/WaitDetails.ts';
import type { WaitForwards as _cln_WaitForwards, WaitForwards__Output as _cln_WaitForwards__Output } from '../cln/WaitForwards.ts';
import type { WaitInvoices as _cln_WaitInvoices, WaitInvoices__Output as _cln_WaitInvoices__Output } from '../cln/WaitInvoices.ts';
import type { WaitSendpays as _cln_WaitSendpays, WaitSendpays__Output as _cln_WaitSendpays__Output } from '../cln/WaitSendpays.ts';
import type { WaitHtlcs as _cln_WaitHtlcs, WaitHtlcs__Output as _cln_WaitHtlcs__Output } from '../cln/WaitHtlcs.ts';
import type { WaitChainmoves as _cln_WaitChainmoves, WaitChainmoves__Output as _cln_WaitChainmoves__Output } from '../cln/WaitChainmoves.ts';
import type { WaitChannelmoves as _cln_WaitChannelmoves, WaitChannelmoves__Output as _cln_WaitChannelmoves__Output } from '../cln/WaitChannelmoves.ts';
import type { WaitNetworkevents as _cln_WaitNetworkevents, WaitNetworkevents__Output as _cln_WaitNetworkevents__Output } from '../cln/WaitNetworkevents.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_WaitResponse_WaitSubsystem = {
  INVOICES: 'INVOICES',
  FORWARDS: 'FORWARDS',
  SENDPAYS: 'SENDPAYS',
  HTLCS: 'HTLCS',
  CHAINMOVES: 'CHAINMOVES',
  CHANNELMOVES: 'CHANNELMOVES',
  NETWORKEVENTS: 'NETWORKEVENTS',
} as const;

export type _cln_WaitResponse_WaitSubsystem =
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

export type _cln_WaitResponse_WaitSubsystem__Output = typeof _cln_WaitResponse_WaitSubsystem[keyof typeof _cln_WaitResponse_WaitSubsystem]

export interface WaitResponse {
  'subsystem'?: (_cln_WaitResponse_WaitSubsystem);
  'created'?: (number | string | Long);
  'updated'?: (number | string | Long);
  'deleted'?: (number | string | Long);
  'details'?: (_cln_WaitDetails | null);
  'forwards'?: (_cln_WaitForwards | null);
  'invoices'?: (_cln_WaitInvoices | null);
  'sendpays'?: (_cln_WaitSendpays | null);
  'htlcs'?: (_cln_WaitHtlcs | null);
  'chainmoves'?: (_cln_WaitChainmoves | null);
  'channelmoves'?: (_cln_WaitChannelmoves | null);
  'networkevents'?: (_cln_WaitNetworkevents | null);
  '_created'?: "created";
  '_updated'?: "updated";
  '_deleted'?: "deleted";
  '_details'?: "details";
  '_forwards'?: "forwards";
  '_invoices'?: "invoices";
  '_sendpays'?: "sendpays";
  '_htlcs'?: "htlcs";
  '_chainmoves'?: "chainmoves";
  '_channelmoves'?: "channelmoves";
  '_networkevents'?: "networkevents";
}

export interface WaitResponse__Output {
  'subsystem': (_cln_WaitResponse_WaitSubsystem__Output);
  'created'?: (string);
  'updated'?: (string);
  'deleted'?: (string);
  'details'?: (_cln_WaitDetails__Output | null);
  'forwards'?: (_cln_WaitForwards__Output | null);
  'invoices'?: (_cln_WaitInvoices__Output | null);
  'sendpays'?: (_cln_WaitSendpays__Output | null);
  'htlcs'?: (_cln_WaitHtlcs__Output | null);
  'chainmoves'?: (_cln_WaitChainmoves__Output | null);
  'channelmoves'?: (_cln_WaitChannelmoves__Output | null);
  'networkevents'?: (_cln_WaitNetworkevents__Output | null);
  '_created'?: "created";
  '_updated'?: "updated";
  '_deleted'?: "deleted";
  '_details'?: "details";
  '_forwards'?: "forwards";
  '_invoices'?: "invoices";
  '_sendpays'?: "sendpays";
  '_htlcs'?: "htlcs";
  '_chainmoves'?: "chainmoves";
  '_channelmoves'?: "channelmoves";
  '_networkevents'?: "networkevents";
}
