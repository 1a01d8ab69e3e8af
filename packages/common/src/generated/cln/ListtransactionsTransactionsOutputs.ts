// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface ListtransactionsTransactionsOutputs {
  'index'?: (number);
  'scriptPubKey'?: (Buffer | Uint8Array | string);
  'amount_msat'?: (_cln_Amount | null);
}

export interface ListtransactionsTransactionsOutputs__Output {
  'index': (number);
  'scriptPubKey': (Buffer);
  'amount_msat': (_cln_Amount__Output | null);
}
