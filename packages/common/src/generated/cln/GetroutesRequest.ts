// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface GetroutesRequest {
  'source'?: (Buffer | Uint8Array | string);
  'destination'?: (Buffer | Uint8Array | string);
  'amount_msat'?: (_cln_Amount | null);
  'layers'?: (string)[];
  'maxfee_msat'?: (_cln_Amount | null);
  'final_cltv'?: (number);
  'maxdelay'?: (number);
  'maxparts'?: (number);
  '_maxdelay'?: "maxdelay";
  '_maxparts'?: "maxparts";
}

export interface GetroutesRequest__Output {
  'source': (Buffer);
  'destination': (Buffer);
  'amount_msat': (_cln_Amount__Output | null);
  'layers': (string)[];
  'maxfee_msat': (_cln_Amount__Output | null);
  'final_cltv': (number);
  'maxdelay'?: (number);
  'maxparts'?: (number);
  '_maxdelay'?: "maxdelay";
  '_maxparts'?: "maxparts";
}
