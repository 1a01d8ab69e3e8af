// Original file: proto/node.proto

import type { Feerate as _cln_Feerate, Feerate__Output as _cln_Feerate__Output } from '../cln/Feerate.ts';

export interface UpgradewalletRequest {
  'feerate'?: (_cln_Feerate | null);
  'reservedok'?: (boolean);
  '_feerate'?: "feerate";
  '_reservedok'?: "reservedok";
}

export interface UpgradewalletRequest__Output {
  'feerate'?: (_cln_Feerate__Output | null);
  'reservedok'?: (boolean);
  '_feerate'?: "feerate";
  '_reservedok'?: "reservedok";
}
