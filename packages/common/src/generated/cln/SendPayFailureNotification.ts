// Original file: proto/node.proto

import type { SendpayFailureData as _cln_SendpayFailureData, SendpayFailureData__Output as _cln_SendpayFailureData__Output } from '../cln/SendpayFailureData.ts';
import type { Long } from '@grpc/proto-loader';

export interface SendPayFailureNotification {
  'code'?: (number | string | Long);
  'message'?: (string);
  'data'?: (_cln_SendpayFailureData | null);
}

export interface SendPayFailureNotification__Output {
  'code': (string);
  'message': (string);
  'data': (_cln_SendpayFailureData__Output | null);
}
