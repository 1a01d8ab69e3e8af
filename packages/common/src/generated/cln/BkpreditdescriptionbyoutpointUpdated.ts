// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

// Original file: proto/node.proto

export const _cln_BkpreditdescriptionbyoutpointUpdated_BkpreditdescriptionbyoutpointUpdatedType = {
  CHAIN: 'CHAIN',
  CHANNEL: 'CHANNEL',
} as const;

export type _cln_BkpreditdescriptionbyoutpointUpdated_BkpreditdescriptionbyoutpointUpdatedType =
  | 'CHAIN'
  | 0
  | 'CHANNEL'
  | 1

export type _cln_BkpreditdescriptionbyoutpointUpdated_BkpreditdescriptionbyoutpointUpdatedType__Output = typeof _cln_BkpreditdescriptionbyoutpointUpdated_BkpreditdescriptionbyoutpointUpdatedType[keyof typeof _cln_BkpreditdescriptionbyoutpointUpdated_BkpreditdescriptionbyoutpointUpdatedType]

export interface BkpreditdescriptionbyoutpointUpdated {
  'account'?: (string);
  'item_type'?: (_cln_BkpreditdescriptionbyoutpointUpdated_BkpreditdescriptionbyoutpointUpdatedType);
  'tag'?: (string);
  'credit_msat'?: (_cln_Amount | null);
  'debit_msat'?: (_cln_Amount | null);
  'currency'?: (string);
  'timestamp'?: (number);
  'description'?: (string);
  'outpoint'?: (string);
  'blockheight'?: (number);
  'origin'?: (string);
  'payment_id'?: (Buffer | Uint8Array | string);
  'txid'?: (Buffer | Uint8Array | string);
  'fees_msat'?: (_cln_Amount | null);
  'is_rebalance'?: (boolean);
  'part_id'?: (number);
  '_outpoint'?: "outpoint";
  '_blockheight'?: "blockheight";
  '_origin'?: "origin";
  '_payment_id'?: "payment_id";
  '_txid'?: "txid";
  '_fees_msat'?: "fees_msat";
  '_is_rebalance'?: "is_rebalance";
  '_part_id'?: "part_id";
}

export interface BkpreditdescriptionbyoutpointUpdated__Output {
  'account': (string);
  'item_type': (_cln_BkpreditdescriptionbyoutpointUpdated_BkpreditdescriptionbyoutpointUpdatedType__Output);
  'tag': (string);
  'credit_msat': (_cln_Amount__Output | null);
  'debit_msat': (_cln_Amount__Output | null);
  'currency': (string);
  'timestamp': (number);
  'description': (string);
  'outpoint'?: (string);
  'blockheight'?: (number);
  'origin'?: (string);
  'payment_id'?: (Buffer);
  'txid'?: (Buffer);
  'fees_msat'?: (_cln_Amount__Output | null);
  'is_rebalance'?: (boolean);
  'part_id'?: (number);
  '_outpoint'?: "outpoint";
  '_blockheight'?: "blockheight";
  '_origin'?: "origin";
  '_payment_id'?: "payment_id";
  '_txid'?: "txid";
  '_fees_msat'?: "fees_msat";
  '_is_rebalance'?: "is_rebalance";
  '_part_id'?: "part_id";
}
