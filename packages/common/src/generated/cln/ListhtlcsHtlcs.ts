// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { HtlcState as _cln_HtlcState, HtlcState__Output as _cln_HtlcState__Output } from '../cln/HtlcState.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_ListhtlcsHtlcs_ListhtlcsHtlcsDirection = {
  OUT: 'OUT',
  IN: 'IN',
} as const;

export type _cln_ListhtlcsHtlcs_ListhtlcsHtlcsDirection =
  | 'OUT'
  | 0
  | 'IN'
  | 1

export type _cln_ListhtlcsHtlcs_ListhtlcsHtlcsDirection__Output = typeof _cln_ListhtlcsHtlcs_ListhtlcsHtlcsDirection[keyof typeof _cln_ListhtlcsHtlcs_ListhtlcsHtlcsDirection]

export interface ListhtlcsHtlcs {
  'short_channel_id'?: (string);
  'id'?: (number | string | Long);
  'expiry'?: (number);
  'amount_msat'?: (_cln_Amount | null);
  'direction'?: (_cln_ListhtlcsHtlcs_ListhtlcsHtlcsDirection);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'state'?: (_cln_HtlcState);
  'created_index'?: (number | string | Long);
  'updated_index'?: (number | string | Long);
  '_created_index'?: "created_index";
  '_updated_index'?: "updated_index";
}

export interface ListhtlcsHtlcs__Output {
  'short_channel_id': (string);
  'id': (string);
  'expiry': (number);
  'amount_msat': (_cln_Amount__Output | null);
  'direction': (_cln_ListhtlcsHtlcs_ListhtlcsHtlcsDirection__Output);
  'payment_hash': (Buffer);
  'state': (_cln_HtlcState__Output);
  'created_index'?: (string);
  'updated_index'?: (string);
  '_created_index'?: "created_index";
  '_updated_index'?: "updated_index";
}
