// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface BkprchannelsapyRequest {
  'start_time'?: (number | string | Long);
  'end_time'?: (number | string | Long);
  '_start_time'?: "start_time";
  '_end_time'?: "end_time";
}

export interface BkprchannelsapyRequest__Output {
  'start_time'?: (string);
  'end_time'?: (string);
  '_start_time'?: "start_time";
  '_end_time'?: "end_time";
}
