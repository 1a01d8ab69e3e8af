// Original file: proto/node.proto

import type { AutocleanstatusAutoclean as _cln_AutocleanstatusAutoclean, AutocleanstatusAutoclean__Output as _cln_AutocleanstatusAutoclean__Output } from '../cln/AutocleanstatusAutoclean.ts';

export interface AutocleanstatusResponse {
  'autoclean'?: (_cln_AutocleanstatusAutoclean | null);
}

export interface AutocleanstatusResponse__Output {
  'autoclean': (_cln_AutocleanstatusAutoclean__Output | null);
}
