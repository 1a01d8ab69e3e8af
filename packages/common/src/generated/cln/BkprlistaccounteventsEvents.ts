// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

// Original file: proto/node.proto

export const _cln_BkprlistaccounteventsEvents_BkprlistaccounteventsEventsType = {
  ONCHAIN_FEE: 'ONCHAIN_FEE',
  CHAIN: 'CHAIN',
  CHANNEL: 'CHANNEL',
} as const;

export type _cln_BkprlistaccounteventsEvents_BkprlistaccounteventsEventsType =
  | 'ONCHAIN_FEE'
  | 0
  | 'CHAIN'
  | 1
  | 'CHANNEL'
  | 2

export type _cln_BkprlistaccounteventsEvents_BkprlistaccounteventsEventsType__Output = typeof _cln_BkprlistaccounteventsEvents_BkprlistaccounteventsEventsType[keyof typeof _cln_BkprlistaccounteventsEvents_BkprlistaccounteventsEventsType]

export interface BkprlistaccounteventsEvents {
  'account'?: (string);
  'item_type'?: (_cln_BkprlistaccounteventsEvents_BkprlistaccounteventsEventsType);
  'tag'?: (string);
  'credit_msat'?: (_cln_Amount | null);
  'debit_msat'?: (_cln_Amount | null);
  'currency'?: (string);
  'timestamp'?: (number);
  'outpoint'?: (string);
  'blockheight'?: (number);
  'origin'?: (string);
  'payment_id'?: (Buffer | Uint8Array | string);
  'txid'?: (Buffer | Uint8Array | string);
  'description'?: (string);
  'fees_msat'?: (_cln_Amount | null);
  'is_rebalance'?: (boolean);
  'part_id'?: (number);
  'currencyrate'?: (number | string);
  '_outpoint'?: "outpoint";
  '_blockheight'?: "blockheight";
  '_origin'?: "origin";
  '_payment_id'?: "payment_id";
  '_txid'?: "txid";
  '_description'?: "description";
  '_fees_msat'?: "fees_msat";
  '_is_rebalance'?: "is_rebalance";
  '_part_id'?: "part_id";
  '_currencyrate'?: "currencyrate";
}

export interface BkprlistaccounteventsEvents__Output {
  'account': (string);
  'item_type': (_cln_BkprlistaccounteventsEvents_BkprlistaccounteventsEventsType__Output);
  'tag': (string);
  'credit_msat': (_cln_Amount__Output | null);
  'debit_msat': (_cln_Amount__Output | null);
  'currency': (string);
  'timestamp': (number);
  'outpoint'?: (string);
  'blockheight'?: (number);
  'origin'?: (string);
  'payment_id'?: (Buffer);
  'txid'?: (Buffer);
  'description'?: (string);
  'fees_msat'?: (_cln_Amount__Output | null);
  'is_rebalance'?: (boolean);
  'part_id'?: (number);
  'currencyrate'?: (number);
  '_outpoint'?: "outpoint";
  '_blockheight'?: "blockheight";
  '_origin'?: "origin";
  '_payment_id'?: "payment_id";
  '_txid'?: "txid";
  '_description'?: "description";
  '_fees_msat'?: "fees_msat";
  '_is_rebalance'?: "is_rebalance";
  '_part_id'?: "part_id";
  '_currencyrate'?: "currencyrate";
}
