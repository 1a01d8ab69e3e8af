// Original file: proto/node.proto

import type { BkprlistbalancesAccountsBalances as _cln_BkprlistbalancesAccountsBalances, BkprlistbalancesAccountsBalances__Output as _cln_BkprlistbalancesAccountsBalances__Output } from '../cln/BkprlistbalancesAccountsBalances.ts';

export interface BkprlistbalancesAccounts {
  'account'?: (string);
  'balances'?: (_cln_BkprlistbalancesAccountsBalances)[];
  'peer_id'?: (Buffer | Uint8Array | string);
  'we_opened'?: (boolean);
  'account_closed'?: (boolean);
  'account_resolved'?: (boolean);
  'resolved_at_block'?: (number);
  '_peer_id'?: "peer_id";
  '_we_opened'?: "we_opened";
  '_account_closed'?: "account_closed";
  '_account_resolved'?: "account_resolved";
  '_resolved_at_block'?: "resolved_at_block";
}

export interface BkprlistbalancesAccounts__Output {
  'account': (string);
  'balances': (_cln_BkprlistbalancesAccountsBalances__Output)[];
  'peer_id'?: (Buffer);
  'we_opened'?: (boolean);
  'account_closed'?: (boolean);
  'account_resolved'?: (boolean);
  'resolved_at_block'?: (number);
  '_peer_id'?: "peer_id";
  '_we_opened'?: "we_opened";
  '_account_closed'?: "account_closed";
  '_account_resolved'?: "account_resolved";
  '_resolved_at_block'?: "resolved_at_block";
}
