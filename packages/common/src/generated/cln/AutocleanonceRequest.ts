// Original file: proto/node.proto

import type { AutocleanSubsystem as _cln_AutocleanSubsystem, AutocleanSubsystem__Output as _cln_AutocleanSubsystem__Output } from '../cln/AutocleanSubsystem.ts';
import type { Long } from '@grpc/proto-loader';

export interface AutocleanonceRequest {
  'subsystem'?: (_cln_AutocleanSubsystem);
  'age'?: (number | string | Long);
}

export interface AutocleanonceRequest__Output {
  'subsystem': (_cln_AutocleanSubsystem__Output);
  'age': (string);
}
