// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface PreapprovekeysendRequest {
  'destination'?: (Buffer | Uint8Array | string);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'amount_msat'?: (_cln_Amount | null);
}

export interface PreapprovekeysendRequest__Output {
  'destination': (Buffer);
  'payment_hash': (Buffer);
  'amount_msat': (_cln_Amount__Output | null);
}
