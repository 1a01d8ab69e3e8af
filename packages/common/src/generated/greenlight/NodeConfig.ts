// Original file: proto/greenlight.proto

import type { StartupMessage as _greenlight_StartupMessage, StartupMessage__Output as _greenlight_StartupMessage__Output } from '../greenlight/StartupMessage.ts';

export interface NodeConfig {
  'startupmsgs'?: (_greenlight_StartupMessage)[];
}

export interface NodeConfig__Output {
  'startupmsgs': (_greenlight_StartupMessage__Output)[];
}
