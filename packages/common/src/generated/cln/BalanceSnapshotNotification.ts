// Original file: proto/node.proto

import type { BalanceSnapshotAccounts as _cln_BalanceSnapshotAccounts, BalanceSnapshotAccounts__Output as _cln_BalanceSnapshotAccounts__Output } from '../cln/BalanceSnapshotAccounts.ts';

export interface BalanceSnapshotNotification {
  'node_id'?: (Buffer | Uint8Array | string);
  'blockheight'?: (number);
  'timestamp'?: (number);
  'accounts'?: (_cln_BalanceSnapshotAccounts)[];
}

export interface BalanceSnapshotNotification__Output {
  'node_id': (Buffer);
  'blockheight': (number);
  'timestamp': (number);
  'accounts': (_cln_BalanceSnapshotAccounts__Output)[];
}
