// Original file: proto/node.proto

import type { ListtransactionsTransactions as _cln_ListtransactionsTransactions, ListtransactionsTransactions__Output as _cln_ListtransactionsTransactions__Output } from '../cln/ListtransactionsTransactions.ts';

export interface ListtransactionsResponse {
  'transactions'?: (_cln_ListtransactionsTransactions)[];
}

export interface ListtransactionsResponse__Output {
  'transactions': (_cln_ListtransactionsTransactions__Output)[];
}
