// Original file: proto/node.proto

import type { BkprinspectTxs as _cln_BkprinspectTxs, BkprinspectTxs__Output as _cln_BkprinspectTxs__Output } from '../cln/BkprinspectTxs.ts';

export interface BkprinspectResponse {
  'txs'?: (_cln_BkprinspectTxs)[];
}

export interface BkprinspectResponse__Output {
  'txs': (_cln_BkprinspectTxs__Output)[];
}
