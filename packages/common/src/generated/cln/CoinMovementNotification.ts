// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Outpoint as _cln_Outpoint, Outpoint__Output as _cln_Outpoint__Output } from '../cln/Outpoint.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_CoinMovementNotification_CoinMovementPrimaryTag = {
  DEPOSIT: 'DEPOSIT',
  WITHDRAWAL: 'WITHDRAWAL',
  PENALTY: 'PENALTY',
  CHANNEL_OPEN: 'CHANNEL_OPEN',
  CHANNEL_CLOSE: 'CHANNEL_CLOSE',
  DELAYED_TO_US: 'DELAYED_TO_US',
  HTLC_TX: 'HTLC_TX',
  HTLC_TIMEOUT: 'HTLC_TIMEOUT',
  HTLC_FULFILL: 'HTLC_FULFILL',
  TO_WALLET: 'TO_WALLET',
  ANCHOR: 'ANCHOR',
  TO_THEM: 'TO_THEM',
  PENALIZED: 'PENALIZED',
  STOLEN: 'STOLEN',
  IGNORED: 'IGNORED',
  TO_MINER: 'TO_MINER',
  INVOICE: 'INVOICE',
  ROUTED: 'ROUTED',
  PUSHED: 'PUSHED',
  LEASE_FEE: 'LEASE_FEE',
  CHANNEL_PROPOSED: 'CHANNEL_PROPOSED',
  PENALTY_ADJ: 'PENALTY_ADJ',
  JOURNAL_ENTRY: 'JOURNAL_ENTRY',
} as const;

export type _cln_CoinMovementNotification_CoinMovementPrimaryTag =
  | 'DEPOSIT'
  | 0
  | 'WITHDRAWAL'
  | 1
  | 'PENALTY'
  | 2
  | 'CHANNEL_OPEN'
  | 3
  | 'CHANNEL_CLOSE'
  | 4
  | 'DELAYED_TO_US'
  | 5
  | 'HTLC_TX'
  | 6
  | 'HTLC_TIMEOUT'
  | 7
  | 'HTLC_FULFILL'
  | 8
  | 'TO_WALLET'
  | 9
  | 'ANCHOR'
  | 10
  | 'TO_THEM'
  | 11
  | 'PENALIZED'
  | 12
  | 'STOLEN'
  | 13
  | 'IGNORED'
  | 14
  | 'TO_MINER'
  | 15
  | 'INVOICE'
  | 16
  | 'ROUTED'
  | 17
  | 'PUSHED'
  | 18
  | 'LEASE_FEE'
  | 19
  | 'CHANNEL_PROPOSED'
  | 20
  | 'PENALTY_ADJ'
  | 21
  | 'JOURNAL_ENTRY'
  | 22

export type _cln_CoinMovementNotification_CoinMovementPrimaryTag__Output = typeof _cln_CoinMovementNotification_CoinMovementPrimaryTag[keyof typeof _cln_CoinMovementNotification_CoinMovementPrimaryTag]

// Original file: proto/node.proto

export const _cln_CoinMovementNotification_CoinMovementType = {
  CHANNEL_MVT: 'CHANNEL_MVT',
  CHAIN_MVT: 'CHAIN_MVT',
} as const;

export type _cln_CoinMovementNotification_CoinMovementType =
  | 'CHANNEL_MVT'
  | 0
  | 'CHAIN_MVT'
  | 1

export type _cln_CoinMovementNotification_CoinMovementType__Output = typeof _cln_CoinMovementNotification_CoinMovementType[keyof typeof _cln_CoinMovementNotification_CoinMovementType]

export interface CoinMovementNotification {
  'version'?: (number);
  'coin_type'?: (string);
  'node_id'?: (Buffer | Uint8Array | string);
  'item_type'?: (_cln_CoinMovementNotification_CoinMovementType);
  'created_index'?: (number | string | Long);
  'account_id'?: (string);
  'credit_msat'?: (_cln_Amount | null);
  'debit_msat'?: (_cln_Amount | null);
  'timestamp'?: (number | string | Long);
  'tags'?: (string)[];
  'primary_tag'?: (_cln_CoinMovementNotification_CoinMovementPrimaryTag);
  'extra_tags'?: (string)[];
  'payment_hash'?: (Buffer | Uint8Array | string);
  'part_id'?: (number | string | Long);
  'group_id'?: (number | string | Long);
  'fees_msat'?: (_cln_Amount | null);
  'utxo'?: (_cln_Outpoint | null);
  'peer_id'?: (Buffer | Uint8Array | string);
  'originating_account'?: (string);
  'txid'?: (Buffer | Uint8Array | string);
  'spending_txid'?: (Buffer | Uint8Array | string);
  'utxo_txid'?: (Buffer | Uint8Array | string);
  'vout'?: (number);
  'output_msat'?: (_cln_Amount | null);
  'output_count'?: (number);
  'blockheight'?: (number);
  '_created_index'?: "created_index";
  '_primary_tag'?: "primary_tag";
  '_payment_hash'?: "payment_hash";
  '_part_id'?: "part_id";
  '_group_id'?: "group_id";
  '_fees_msat'?: "fees_msat";
  '_utxo'?: "utxo";
  '_peer_id'?: "peer_id";
  '_originating_account'?: "originating_account";
  '_txid'?: "txid";
  '_spending_txid'?: "spending_txid";
  '_utxo_txid'?: "utxo_txid";
  '_vout'?: "vout";
  '_output_msat'?: "output_msat";
  '_output_count'?: "output_count";
  '_blockheight'?: "blockheight";
}

export interface CoinMovementNotification__Output {
  'version': (number);
  'coin_type': (string);
  'node_id': (Buffer);
  'item_type': (_cln_CoinMovementNotification_CoinMovementType__Output);
  'created_index'?: (string);
  'account_id': (string);
  'credit_msat': (_cln_Amount__Output | null);
  'debit_msat': (_cln_Amount__Output | null);
  'timestamp': (string);
  'tags': (string)[];
  'primary_tag'?: (_cln_CoinMovementNotification_CoinMovementPrimaryTag__Output);
  'extra_tags': (string)[];
  'payment_hash'?: (Buffer);
  'part_id'?: (string);
  'group_id'?: (string);
  'fees_msat'?: (_cln_Amount__Output | null);
  'utxo'?: (_cln_Outpoint__Output | null);
  'peer_id'?: (Buffer);
  'originating_account'?: (string);
  'txid'?: (Buffer);
  'spending_txid'?: (Buffer);
  'utxo_txid'?: (Buffer);
  'vout'?: (number);
  'output_msat'?: (_cln_Amount__Output | null);
  'output_count'?: (number);
  'blockheight'?: (number);
  '_created_index'?: "created_index";
  '_primary_tag'?: "primary_tag";
  '_payment_hash'?: "payment_hash";
  '_part_id'?: "part_id";
  '_group_id'?: "group_id";
  '_fees_msat'?: "fees_msat";
  '_utxo'?: "utxo";
  '_peer_id'?: "peer_id";
  '_originating_account'?: "originating_account";
  '_txid'?: "txid";
  '_spending_txid'?: "spending_txid";
  '_utxo_txid'?: "utxo_txid";
  '_vout'?: "vout";
  '_output_msat'?: "output_msat";
  '_output_count'?: "output_count";
  '_blockheight'?: "blockheight";
}
