// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface WaitChainmoves {
  'account'?: (string);
  'credit_msat'?: (_cln_Amount | null);
  'debit_msat'?: (_cln_Amount | null);
}

export interface WaitChainmoves__Output {
  'account': (string);
  'credit_msat': (_cln_Amount__Output | null);
  'debit_msat': (_cln_Amount__Output | null);
}
