// Original file: proto/node.proto

import type { HtlcState as _cln_HtlcState, HtlcState__Output as _cln_HtlcState__Output } from '../cln/HtlcState.ts';
import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_WaitHtlcs_WaitHtlcsDirection = {
  OUT: 'OUT',
  IN: 'IN',
} as const;

export type _cln_WaitHtlcs_WaitHtlcsDirection =
  | 'OUT'
  | 0
  | 'IN'
  | 1

export type _cln_WaitHtlcs_WaitHtlcsDirection__Output = typeof _cln_WaitHtlcs_WaitHtlcsDirection[keyof typeof _cln_WaitHtlcs_WaitHtlcsDirection]

export interface WaitHtlcs {
  'state'?: (_cln_HtlcState);
  'htlc_id'?: (number | string | Long);
  'short_channel_id'?: (string);
  'cltv_expiry'?: (number);
  'amount_msat'?: (_cln_Amount | null);
  'direction'?: (_cln_WaitHtlcs_WaitHtlcsDirection);
  'payment_hash'?: (Buffer | Uint8Array | string);
  '_state'?: "state";
  '_htlc_id'?: "htlc_id";
  '_short_channel_id'?: "short_channel_id";
  '_cltv_expiry'?: "cltv_expiry";
  '_amount_msat'?: "amount_msat";
  '_direction'?: "direction";
  '_payment_hash'?: "payment_hash";
}

export interface WaitHtlcs__Output {
  'state'?: (_cln_HtlcState__Output);
  'htlc_id'?: (string);
  'short_channel_id'?: (string);
  'cltv_expiry'?: (number);
  'amount_msat'?: (_cln_Amount__Output | null);
  'direction'?: (_cln_WaitHtlcs_WaitHtlcsDirection__Output);
  'payment_hash'?: (Buffer);
  '_state'?: "state";
  '_htlc_id'?: "htlc_id";
  '_short_channel_id'?: "short_channel_id";
  '_cltv_expiry'?: "cltv_expiry";
  '_amount_msat'?: "amount_msat";
  '_direction'?: "direction";
  '_payment_hash'?: "payment_hash";
}
