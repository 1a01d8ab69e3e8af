// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface XkeysendRequest {
  'destination'?: (Buffer | Uint8Array | string);
  'amount_msat'?: (_cln_Amount | null);
  'label'?: (string);
  'maxfee'?: (_cln_Amount | null);
  'layers'?: (string)[];
  'retry_for'?: (number);
  'maxdelay'?: (number);
  'extratlvs'?: ({[key: string]: string});
  '_label'?: "label";
  '_maxfee'?: "maxfee";
  '_retry_for'?: "retry_for";
  '_maxdelay'?: "maxdelay";
}

export interface XkeysendRequest__Output {
  'destination': (Buffer);
  'amount_msat': (_cln_Amount__Output | null);
  'label'?: (string);
  'maxfee'?: (_cln_Amount__Output | null);
  'layers': (string)[];
  'retry_for'?: (number);
  'maxdelay'?: (number);
  'extratlvs': ({[key: string]: string});
  '_label'?: "label";
  '_maxfee'?: "maxfee";
  '_retry_for'?: "retry_for";
  '_maxdelay'?: "maxdelay";
}
