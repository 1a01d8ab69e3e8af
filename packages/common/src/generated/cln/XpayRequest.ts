// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface XpayRequest {
  'invstring'?: (string);
  'amount_msat'?: (_cln_Amount | null);
  'maxfee'?: (_cln_Amount | null);
  'layers'?: (string)[];
  'retry_for'?: (number);
  'partial_msat'?: (_cln_Amount | null);
  'maxdelay'?: (number);
  'payer_note'?: (string);
  'label'?: (string);
  'localinvreqid'?: (Buffer | Uint8Array | string);
  'dev_use_shadow'?: (boolean);
  '_amount_msat'?: "amount_msat";
  '_maxfee'?: "maxfee";
  '_retry_for'?: "retry_for";
  '_partial_msat'?: "partial_msat";
  '_maxdelay'?: "maxdelay";
  '_payer_note'?: "payer_note";
  '_label'?: "label";
  '_localinvreqid'?: "localinvreqid";
  '_dev_use_shadow'?: "dev_use_shadow";
}

export interface XpayRequest__Output {
  'invstring': (string);
  'amount_msat'?: (_cln_Amount__Output | null);
  'maxfee'?: (_cln_Amount__Output | null);
  'layers': (string)[];
  'retry_for'?: (number);
  'partial_msat'?: (_cln_Amount__Output | null);
  'maxdelay'?: (number);
  'payer_note'?: (string);
  'label'?: (string);
  'localinvreqid'?: (Buffer);
  'dev_use_shadow'?: (boolean);
  '_amount_msat'?: "amount_msat";
  '_maxfee'?: "maxfee";
  '_retry_for'?: "retry_for";
  '_partial_msat'?: "partial_msat";
  '_maxdelay'?: "maxdelay";
  '_payer_note'?: "payer_note";
  '_label'?: "label";
  '_localinvreqid'?: "localinvreqid";
  '_dev_use_shadow'?: "dev_use_shadow";
}
