// Original file: proto/node.proto

import type { FetchinvoiceChanges as _cln_FetchinvoiceChanges, FetchinvoiceChanges__Output as _cln_FetchinvoiceChanges__Output } from '../cln/FetchinvoiceChanges.ts';
import type { FetchinvoiceNextPeriod as _cln_FetchinvoiceNextPeriod, FetchinvoiceNextPeriod__Output as _cln_FetchinvoiceNextPeriod__Output } from '../cln/FetchinvoiceNextPeriod.ts';

export interface FetchinvoiceResponse {
  'invoice'?: (string);
  'changes'?: (_cln_FetchinvoiceChanges | null);
  'next_period'?: (_cln_FetchinvoiceNextPeriod | null);
  '_next_period'?: "next_period";
}

export interface FetchinvoiceResponse__Output {
  'invoice': (string);
  'changes': (_cln_FetchinvoiceChanges__Output | null);
  'next_period'?: (_cln_FetchinvoiceNextPeriod__Output | null);
  '_next_period'?: "next_period";
}
