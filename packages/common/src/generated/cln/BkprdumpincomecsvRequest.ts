// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface BkprdumpincomecsvRequest {
  'csv_format'?: (string);
  'csv_file'?: (string);
  'consolidate_fees'?: (boolean);
  'start_time'?: (number | string | Long);
  'end_time'?: (number | string | Long);
  '_csv_file'?: "csv_file";
  '_consolidate_fees'?: "consolidate_fees";
  '_start_time'?: "start_time";
  '_end_time'?: "end_time";
}

export interface BkprdumpincomecsvRequest__Output {
  'csv_format': (string);
  'csv_file'?: (string);
  'consolidate_fees'?: (boolean);
  'start_time'?: (string);
  'end_time'?: (string);
  '_csv_file'?: "csv_file";
  '_consolidate_fees'?: "consolidate_fees";
  '_start_time'?: "start_time";
  '_end_time'?: "end_time";
}
