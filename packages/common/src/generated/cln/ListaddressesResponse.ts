// Original file: proto/node.proto

import type { ListaddressesAddresses as _cln_ListaddressesAddresses, ListaddressesAddresses__Output as _cln_ListaddressesAddresses__Output } from '../cln/ListaddressesAddresses.ts';

export interface ListaddressesResponse {
  'addresses'?: (_cln_ListaddressesAddresses)[];
}

export interface ListaddressesResponse__Output {
  'addresses': (_cln_ListaddressesAddresses__Output)[];
}
