// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface FetchinvoiceNextPeriod {
  'counter'?: (number | string | Long);
  'starttime'?: (number | string | Long);
  'endtime'?: (number | string | Long);
  'paywindow_start'?: (number | string | Long);
  'paywindow_end'?: (number | string | Long);
}

export interface FetchinvoiceNextPeriod__Output {
  'counter': (string);
  'starttime': (string);
  'endtime': (string);
  'paywindow_start': (string);
  'paywindow_end': (string);
}
