// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface RenepayRequest {
  'invstring'?: (string);
  'amount_msat'?: (_cln_Amount | null);
  'maxfee'?: (_cln_Amount | null);
  'maxdelay'?: (number);
  'retry_for'?: (number);
  'description'?: (string);
  'label'?: (string);
  'dev_use_shadow'?: (boolean);
  'exclude'?: (string)[];
  '_amount_msat'?: "amount_msat";
  '_maxfee'?: "maxfee";
  '_maxdelay'?: "maxdelay";
  '_retry_for'?: "retry_for";
  '_description'?: "description";
  '_label'?: "label";
  '_dev_use_shadow'?: "dev_use_shadow";
}

export interface RenepayRequest__Output {
  'invstring': (string);
  'amount_msat'?: (_cln_Amount__Output | null);
  'maxfee'?: (_cln_Amount__Output | null);
  'maxdelay'?: (number);
  'retry_for'?: (number);
  'description'?: (string);
  'label'?: (string);
  'dev_use_shadow'?: (boolean);
  'exclude': (string)[];
  '_amount_msat'?: "amount_msat";
  '_maxfee'?: "maxfee";
  '_maxdelay'?: "maxdelay";
  '_retry_for'?: "retry_for";
  '_description'?: "description";
  '_label'?: "label";
  '_dev_use_shadow'?: "dev_use_shadow";
}
