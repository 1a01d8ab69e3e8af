// Original file: proto/greenhouse.proto

import type { Long } from '@grpc/proto-loader';

export interface CommandFailed {
  'command_id'?: (number | string | Long);
  'code'?: (number);
  'message'?: (string);
}

export interface CommandFailed__Output {
  'command_id': (string);
  'code': (number);
  'message': (string);
}
