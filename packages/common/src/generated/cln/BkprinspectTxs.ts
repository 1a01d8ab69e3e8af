// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { BkprinspectTxsOutputs as _cln_BkprinspectTxsOutputs, BkprinspectTxsOutputs__Output as _cln_BkprinspectTxsOutputs__Output } from '../cln/BkprinspectTxsOutputs.ts';

export interface BkprinspectTxs {
  'txid'?: (Buffer | Uint8Array | string);
  'blockheight'?: (number);
  'fees_paid_msat'?: (_cln_Amount | null);
  'outputs'?: (_cln_BkprinspectTxsOutputs)[];
  '_blockheight'?: "blockheight";
}

export interface BkprinspectTxs__Output {
  'txid': (Buffer);
  'blockheight'?: (number);
  'fees_paid_msat': (_cln_Amount__Output | null);
  'outputs': (_cln_BkprinspectTxsOutputs__Output)[];
  '_blockheight'?: "blockheight";
}
