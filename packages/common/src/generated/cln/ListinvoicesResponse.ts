// Original file: proto/node.proto

import type { ListinvoicesInvoices as _cln_ListinvoicesInvoices, ListinvoicesInvoices__Output as _cln_ListinvoicesInvoices__Output } from '../cln/ListinvoicesInvoices.ts';

export interface ListinvoicesResponse {
  'invoices'?: (_cln_ListinvoicesInvoices)[];
}

export interface ListinvoicesResponse__Output {
  'invoices': (_cln_ListinvoicesInvoices__Output)[];
}
