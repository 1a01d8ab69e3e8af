// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface BkprlistincomeIncomeEvents {
  'account'?: (string);
  'tag'?: (string);
  'credit_msat'?: (_cln_Amount | null);
  'debit_msat'?: (_cln_Amount | null);
  'currency'?: (string);
  'timestamp'?: (number);
  'description'?: (string);
  'outpoint'?: (string);
  'txid'?: (Buffer | Uint8Array | string);
  'payment_id'?: (Buffer | Uint8Array | string);
  '_description'?: "description";
  '_outpoint'?: "outpoint";
  '_txid'?: "txid";
  '_payment_id'?: "payment_id";
}

export interface BkprlistincomeIncomeEvents__Output {
  'account': (string);
  'tag': (string);
  'credit_msat': (_cln_Amount__Output | null);
  'debit_msat': (_cln_Amount__Output | null);
  'currency': (string);
  'timestamp': (number);
  'description'?: (string);
  'outpoint'?: (string);
  'txid'?: (Buffer);
  'payment_id'?: (Buffer);
  '_description'?: "description";
  '_outpoint'?: "outpoint";
  '_txid'?: "txid";
  '_payment_id'?: "payment_id";
}
