// Original file: proto/primitives.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface RouteHop {
  'id'?: (Buffer | Uint8Array | string);
  'scid'?: (string);
  'feebase'?: (_cln_Amount | null);
  'feeprop'?: (number);
  'expirydelta'?: (number);
}

export interface RouteHop__Output {
  'id': (Buffer);
  'scid': (string);
  'feebase': (_cln_Amount__Output | null);
  'feeprop': (number);
  'expirydelta': (number);
}
