// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface FetchinvoiceChanges {
  'description_appended'?: (string);
  'description'?: (string);
  'vendor_removed'?: (string);
  'vendor'?: (string);
  'amount_msat'?: (_cln_Amount | null);
  '_description_appended'?: "description_appended";
  '_description'?: "description";
  '_vendor_removed'?: "vendor_removed";
  '_vendor'?: "vendor";
  '_amount_msat'?: "amount_msat";
}

export interface FetchinvoiceChanges__Output {
  'description_appended'?: (string);
  'description'?: (string);
  'vendor_removed'?: (string);
  'vendor'?: (string);
  'amount_msat'?: (_cln_Amount__Output | null);
  '_description_appended'?: "description_appended";
  '_description'?: "description";
  '_vendor_removed'?: "vendor_removed";
  '_vendor'?: "vendor";
  '_amount_msat'?: "amount_msat";
}
