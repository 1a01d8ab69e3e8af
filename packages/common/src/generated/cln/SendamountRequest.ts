// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface SendamountRequest {
  'invstring'?: (string);
  'amount_msat'?: (_cln_Amount | null);
  'maxfee'?: (_cln_Amount | null);
  'layers'?: (string)[];
  'retry_for'?: (number);
  'maxdelay'?: (number);
  'payer_note'?: (string);
  'label'?: (string);
  '_maxfee'?: "maxfee";
  '_retry_for'?: "retry_for";
  '_maxdelay'?: "maxdelay";
  '_payer_note'?: "payer_note";
  '_label'?: "label";
}

export interface SendamountRequest__Output {
  'invstring': (string);
  'amount_msat': (_cln_Amount__Output | null);
  'maxfee'?: (_cln_Amount__Output | null);
  'layers': (string)[];
  'retry_for'?: (number);
  'maxdelay'?: (number);
  'payer_note'?: (string);
  'label'?: (string);
  '_maxfee'?: "maxfee";
  '_retry_for'?: "retry_for";
  '_maxdelay'?: "maxdelay";
  '_payer_note'?: "payer_note";
  '_label'?: "label";
}
