// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

// Original file: proto/node.proto

export const _cln_BkpreditdescriptionbypaymentidUpdated_BkpreditdescriptionbypaymentidUpdatedType = {
  CHAIN: 'CHAIN',
  CHANNEL: 'CHANNEL',
} as const;

export type _cln_BkpreditdescriptionbypaymentidUpdated_BkpreditdescriptionbypaymentidUpdatedType =
  | 'CHAIN'
  | 0
  | 'CHANNEL'
  | 1

export type _cln_BkpreditdescriptionbypaymentidUpdated_BkpreditdescriptionbypaymentidUpdatedType__Output = typeof _cln_BkpreditdescriptionbypaymentidUpdated_BkpreditdescriptionbypaymentidUpdatedType[keyof typeof _cln_BkpreditdescriptionbypaymentidUpdated_BkpreditdescriptionbypaymentidUpdatedType]

export interface BkpreditdescriptionbypaymentidUpdated {
  'account'?: (string);
  'item_type'?: (_cln_BkpreditdescriptionbypaymentidUpdated_BkpreditdescriptionbypaymentidUpdatedType);
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

export interface BkpreditdescriptionbypaymentidUpdated__Output {
  'account': (string);
  'item_type': (_cln_BkpreditdescriptionbypaymentidUpdated_BkpreditdescriptionbypaymentidUpdatedType__Output);
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
