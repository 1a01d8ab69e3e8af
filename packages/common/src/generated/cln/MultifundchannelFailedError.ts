// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface MultifundchannelFailedError {
  'code'?: (number | string | Long);
  'message'?: (string);
}

export interface MultifundchannelFailedError__Output {
  'code': (string);
  'message': (string);
}
