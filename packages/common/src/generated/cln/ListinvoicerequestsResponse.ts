// Original file: proto/node.proto

import type { ListinvoicerequestsInvoicerequests as _cln_ListinvoicerequestsInvoicerequests, ListinvoicerequestsInvoicerequests__Output as _cln_ListinvoicerequestsInvoicerequests__Output } from '../cln/ListinvoicerequestsInvoicerequests.ts';

export interface ListinvoicerequestsResponse {
  'invoicerequests'?: (_cln_ListinvoicerequestsInvoicerequests)[];
}

export interface ListinvoicerequestsResponse__Output {
  'invoicerequests': (_cln_ListinvoicerequestsInvoicerequests__Output)[];
}
