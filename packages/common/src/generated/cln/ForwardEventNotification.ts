// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

// Original file: proto/node.proto

export const _cln_ForwardEventNotification_ForwardEventStatus = {
  OFFERED: 'OFFERED',
  SETTLED: 'SETTLED',
  LOCAL_FAILED: 'LOCAL_FAILED',
  FAILED: 'FAILED',
} as const;

export type _cln_ForwardEventNotification_ForwardEventStatus =
  | 'OFFERED'
  | 0
  | 'SETTLED'
  | 1
  | 'LOCAL_FAILED'
  | 2
  | 'FAILED'
  | 3

export type _cln_ForwardEventNotification_ForwardEventStatus__Output = typeof _cln_ForwardEventNotification_ForwardEventStatus[keyof typeof _cln_ForwardEventNotification_ForwardEventStatus]

// Original file: proto/node.proto

export const _cln_ForwardEventNotification_ForwardEventStyle = {
  LEGACY: 'LEGACY',
  TLV: 'TLV',
} as const;

export type _cln_ForwardEventNotification_ForwardEventStyle =
  | 'LEGACY'
  | 0
  | 'TLV'
  | 1

export type _cln_ForwardEventNotification_ForwardEventStyle__Output = typeof _cln_ForwardEventNotification_ForwardEventStyle[keyof typeof _cln_ForwardEventNotification_ForwardEventStyle]

export interface ForwardEventNotification {
  'payment_hash'?: (Buffer | Uint8Array | string);
  'in_channel'?: (string);
  'out_channel'?: (string);
  'in_msat'?: (_cln_Amount | null);
  'out_msat'?: (_cln_Amount | null);
  'fee_msat'?: (_cln_Amount | null);
  'status'?: (_cln_ForwardEventNotification_ForwardEventStatus);
  'failcode'?: (number);
  'failreason'?: (string);
  'style'?: (_cln_ForwardEventNotification_ForwardEventStyle);
  'received_time'?: (number | string);
  'resolved_time'?: (number | string);
  '_out_channel'?: "out_channel";
  '_out_msat'?: "out_msat";
  '_fee_msat'?: "fee_msat";
  '_failcode'?: "failcode";
  '_failreason'?: "failreason";
  '_style'?: "style";
  '_resolved_time'?: "resolved_time";
}

export interface ForwardEventNotification__Output {
  'payment_hash': (Buffer);
  'in_channel': (string);
  'out_channel'?: (string);
  'in_msat': (_cln_Amount__Output | null);
  'out_msat'?: (_cln_Amount__Output | null);
  'fee_msat'?: (_cln_Amount__Output | null);
  'status': (_cln_ForwardEventNotification_ForwardEventStatus__Output);
  'failcode'?: (number);
  'failreason'?: (string);
  'style'?: (_cln_ForwardEventNotification_ForwardEventStyle__Output);
  'received_time': (number);
  'resolved_time'?: (number);
  '_out_channel'?: "out_channel";
  '_out_msat'?: "out_msat";
  '_fee_msat'?: "fee_msat";
  '_failcode'?: "failcode";
  '_failreason'?: "failreason";
  '_style'?: "style";
  '_resolved_time'?: "resolved_time";
}
