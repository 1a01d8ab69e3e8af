// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface DatastoreusageDatastoreusage {
  'key'?: (string);
  'total_bytes'?: (number | string | Long);
}

export interface DatastoreusageDatastoreusage__Output {
  'key': (string);
  'total_bytes': (string);
}
