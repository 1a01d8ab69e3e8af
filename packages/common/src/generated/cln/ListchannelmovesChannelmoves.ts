// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_ListchannelmovesChannelmoves_ListchannelmovesChannelmovesPrimaryTag = {
  INVOICE: 'INVOICE',
  ROUTED: 'ROUTED',
  PUSHED: 'PUSHED',
  LEASE_FEE: 'LEASE_FEE',
  CHANNEL_PROPOSED: 'CHANNEL_PROPOSED',
  PENALTY_ADJ: 'PENALTY_ADJ',
  JOURNAL_ENTRY: 'JOURNAL_ENTRY',
} as const;

export type _cln_ListchannelmovesChannelmoves_ListchannelmovesChannelmovesPrimaryTag =
  | 'INVOICE'
  | 0
  | 'ROUTED'
  | 1
  | 'PUSHED'
  | 2
  | 'LEASE_FEE'
  | 3
  | 'CHANNEL_PROPOSED'
  | 4
  | 'PENALTY_ADJ'
  | 5
  | 'JOURNAL_ENTRY'
  | 6

export type _cln_ListchannelmovesChannelmoves_ListchannelmovesChannelmovesPrimaryTag__Output = typeof _cln_ListchannelmovesChannelmoves_ListchannelmovesChannelmovesPrimaryTag[keyof typeof _cln_ListchannelmovesChannelmoves_ListchannelmovesChannelmovesPrimaryTag]

export interface ListchannelmovesChannelmoves {
  'created_index'?: (number | string | Long);
  'account_id'?: (string);
  'credit_msat'?: (_cln_Amount | null);
  'debit_msat'?: (_cln_Amount | null);
  'timestamp'?: (number | string | Long);
  'primary_tag'?: (_cln_ListchannelmovesChannelmoves_ListchannelmovesChannelmovesPrimaryTag);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'part_id'?: (number | string | Long);
  'group_id'?: (number | string | Long);
  'fees_msat'?: (_cln_Amount | null);
  '_payment_hash'?: "payment_hash";
  '_part_id'?: "part_id";
  '_group_id'?: "group_id";
}

export interface ListchannelmovesChannelmoves__Output {
  'created_index': (string);
  'account_id': (string);
  'credit_msat': (_cln_Amount__Output | null);
  'debit_msat': (_cln_Amount__Output | null);
  'timestamp': (string);
  'primary_tag': (_cln_ListchannelmovesChannelmoves_ListchannelmovesChannelmovesPrimaryTag__Output);
  'payment_hash'?: (Buffer);
  'part_id'?: (string);
  'group_id'?: (string);
  'fees_msat': (_cln_Amount__Output | null);
  '_payment_hash'?: "payment_hash";
  '_part_id'?: "part_id";
  '_group_id'?: "group_id";
}
