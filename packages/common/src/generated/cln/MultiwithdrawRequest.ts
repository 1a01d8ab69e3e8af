// Original file: proto/node.proto

import type { OutputDesc as _cln_OutputDesc, OutputDesc__Output as _cln_OutputDesc__Output } from '../cln/OutputDesc.ts';
import type { Feerate as _cln_Feerate, Feerate__Output as _cln_Feerate__Output } from '../cln/Feerate.ts';
import type { Outpoint as _cln_Outpoint, Outpoint__Output as _cln_Outpoint__Output } from '../cln/Outpoint.ts';

export interface MultiwithdrawRequest {
  'outputs'?: (_cln_OutputDesc)[];
  'feerate'?: (_cln_Feerate | null);
  'minconf'?: (number);
  'utxos'?: (_cln_Outpoint)[];
  '_feerate'?: "feerate";
  '_minconf'?: "minconf";
}

export interface MultiwithdrawRequest__Output {
  'outputs': (_cln_OutputDesc__Output)[];
  'feerate'?: (_cln_Feerate__Output | null);
  'minconf'?: (number);
  'utxos': (_cln_Outpoint__Output)[];
  '_feerate'?: "feerate";
  '_minconf'?: "minconf";
}
