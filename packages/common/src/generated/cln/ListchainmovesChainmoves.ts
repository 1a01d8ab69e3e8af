// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Outpoint as _cln_Outpoint, Outpoint__Output as _cln_Outpoint__Output } from '../cln/Outpoint.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_ListchainmovesChainmoves_ListchainmovesChainmovesPrimaryTag = {
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
} as const;

export type _cln_ListchainmovesChainmoves_ListchainmovesChainmovesPrimaryTag =
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

export type _cln_ListchainmovesChainmoves_ListchainmovesChainmovesPrimaryTag__Output = typeof _cln_ListchainmovesChainmoves_ListchainmovesChainmovesPrimaryTag[keyof typeof _cln_ListchainmovesChainmoves_ListchainmovesChainmovesPrimaryTag]

export interface ListchainmovesChainmoves {
  'created_index'?: (number | string | Long);
  'account_id'?: (string);
  'credit_msat'?: (_cln_Amount | null);
  'debit_msat'?: (_cln_Amount | null);
  'timestamp'?: (number | string | Long);
  'primary_tag'?: (_cln_ListchainmovesChainmoves_ListchainmovesChainmovesPrimaryTag);
  'peer_id'?: (Buffer | Uint8Array | string);
  'originating_account'?: (string);
  'spending_txid'?: (Buffer | Uint8Array | string);
  'utxo'?: (_cln_Outpoint | null);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'output_msat'?: (_cln_Amount | null);
  'output_count'?: (number);
  'blockheight'?: (number);
  'extra_tags'?: (string)[];
  '_peer_id'?: "peer_id";
  '_originating_account'?: "originating_account";
  '_spending_txid'?: "spending_txid";
  '_payment_hash'?: "payment_hash";
  '_output_count'?: "output_count";
}

export interface ListchainmovesChainmoves__Output {
  'created_index': (string);
  'account_id': (string);
  'credit_msat': (_cln_Amount__Output | null);
  'debit_msat': (_cln_Amount__Output | null);
  'timestamp': (string);
  'primary_tag': (_cln_ListchainmovesChainmoves_ListchainmovesChainmovesPrimaryTag__Output);
  'peer_id'?: (Buffer);
  'originating_account'?: (string);
  'spending_txid'?: (Buffer);
  'utxo': (_cln_Outpoint__Output | null);
  'payment_hash'?: (Buffer);
  'output_msat': (_cln_Amount__Output | null);
  'output_count'?: (number);
  'blockheight': (number);
  'extra_tags': (string)[];
  '_peer_id'?: "peer_id";
  '_originating_account'?: "originating_account";
  '_spending_txid'?: "spending_txid";
  '_payment_hash'?: "payment_hash";
  '_output_count'?: "output_count";
}
