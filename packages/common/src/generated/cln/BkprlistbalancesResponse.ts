// Original file: proto/node.proto

import type { BkprlistbalancesAccounts as _cln_BkprlistbalancesAccounts, BkprlistbalancesAccounts__Output as _cln_BkprlistbalancesAccounts__Output } from '../cln/BkprlistbalancesAccounts.ts';

export interface BkprlistbalancesResponse {
  'accounts'?: (_cln_BkprlistbalancesAccounts)[];
}

export interface BkprlistbalancesResponse__Output {
  'accounts': (_cln_BkprlistbalancesAccounts__Output)[];
}
