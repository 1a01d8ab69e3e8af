// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface SendonionFirstHop {
  'id'?: (Buffer | Uint8Array | string);
  'amount_msat'?: (_cln_Amount | null);
  'delay'?: (number);
}

export interface SendonionFirstHop__Output {
  'id': (Buffer);
  'amount_msat': (_cln_Amount__Output | null);
  'delay': (number);
}
