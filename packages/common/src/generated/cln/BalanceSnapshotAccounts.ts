// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface BalanceSnapshotAccounts {
  'account_id'?: (string);
  'balance_msat'?: (_cln_Amount | null);
  'coin_type'?: (string);
}

export interface BalanceSnapshotAccounts__Output {
  'account_id': (string);
  'balance_msat': (_cln_Amount__Output | null);
  'coin_type': (string);
}
