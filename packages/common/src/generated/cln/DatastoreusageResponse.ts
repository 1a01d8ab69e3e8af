// Original file: proto/node.proto

import type { DatastoreusageDatastoreusage as _cln_DatastoreusageDatastoreusage, DatastoreusageDatastoreusage__Output as _cln_DatastoreusageDatastoreusage__Output } from '../cln/DatastoreusageDatastoreusage.ts';

export interface DatastoreusageResponse {
  'datastoreusage'?: (_cln_DatastoreusageDatastoreusage | null);
}

export interface DatastoreusageResponse__Output {
  'datastoreusage': (_cln_DatastoreusageDatastoreusage__Output | null);
}
