// Original file: proto/node.proto

import type { ListdatastoreDatastore as _cln_ListdatastoreDatastore, ListdatastoreDatastore__Output as _cln_ListdatastoreDatastore__Output } from '../cln/ListdatastoreDatastore.ts';

export interface ListdatastoreResponse {
  'datastore'?: (_cln_ListdatastoreDatastore)[];
}

export interface ListdatastoreResponse__Output {
  'datastore': (_cln_ListdatastoreDatastore__Output)[];
}
