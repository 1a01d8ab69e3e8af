// Original file: proto/scheduler.proto

import type { StartupMessage as _scheduler_StartupMessage, StartupMessage__Output as _scheduler_StartupMessage__Output } from '../scheduler/StartupMessage.ts';

export interface UpgradeRequest {
  'signer_version'?: (string);
  'initmsg'?: (Buffer | Uint8Array | string);
  'startupmsgs'?: (_scheduler_StartupMessage)[];
}

export interface UpgradeRequest__Output {
  'signer_version': (string);
  'initmsg': (Buffer);
  'startupmsgs': (_scheduler_StartupMessage__Output)[];
}
