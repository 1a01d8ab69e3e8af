// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface BkprinspectTxsOutputs {
  'account'?: (string);
  'outnum'?: (number);
  'output_value_msat'?: (_cln_Amount | null);
  'currency'?: (string);
  'credit_msat'?: (_cln_Amount | null);
  'debit_msat'?: (_cln_Amount | null);
  'originating_account'?: (string);
  'output_tag'?: (string);
  'spend_tag'?: (string);
  'spending_txid'?: (Buffer | Uint8Array | string);
  'payment_id'?: (Buffer | Uint8Array | string);
  '_credit_msat'?: "credit_msat";
  '_debit_msat'?: "debit_msat";
  '_originating_account'?: "originating_account";
  '_output_tag'?: "output_tag";
  '_spend_tag'?: "spend_tag";
  '_spending_txid'?: "spending_txid";
  '_payment_id'?: "payment_id";
}

export interface BkprinspectTxsOutputs__Output {
  'account': (string);
  'outnum': (number);
  'output_value_msat': (_cln_Amount__Output | null);
  'currency': (string);
  'credit_msat'?: (_cln_Amount__Output | null);
  'debit_msat'?: (_cln_Amount__Output | null);
  'originating_account'?: (string);
  'output_tag'?: (string);
  'spend_tag'?: (string);
  'spending_txid'?: (Buffer);
  'payment_id'?: (Buffer);
  '_credit_msat'?: "credit_msat";
  '_debit_msat'?: "debit_msat";
  '_originating_account'?: "originating_account";
  '_output_tag'?: "output_tag";
  '_spend_tag'?: "spend_tag";
  '_spending_txid'?: "spending_txid";
  '_payment_id'?: "payment_id";
}
