// Original file: proto/node.proto

import type { AutocleanSubsystem as _cln_AutocleanSubsystem, AutocleanSubsystem__Output as _cln_AutocleanSubsystem__Output } from '../cln/AutocleanSubsystem.ts';

export interface AutocleanstatusRequest {
  'subsystem'?: (_cln_AutocleanSubsystem);
  '_subsystem'?: "subsystem";
}

export interface AutocleanstatusRequest__Output {
  'subsystem'?: (_cln_AutocleanSubsystem__Output);
  '_subsystem'?: "subsystem";
}
