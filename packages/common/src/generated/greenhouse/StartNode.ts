// Original file: proto/greenhouse.proto

import type { StartupMessage as _scheduler_StartupMessage, StartupMessage__Output as _scheduler_StartupMessage__Output } from '../scheduler/StartupMessage.ts';
import type { Long } from '@grpc/proto-loader';

export interface StartNode {
  'node_id'?: (Buffer | Uint8Array | string);
  'network'?: (string);
  'init_msg'?: (Buffer | Uint8Array | string);
  'startupmsgs'?: (_scheduler_StartupMessage)[];
  'session_id'?: (number | string | Long);
}

export interface StartNode__Output {
  'node_id': (Buffer);
  'network': (string);
  'init_msg': (Buffer);
  'startupmsgs': (_scheduler_StartupMessage__Output)[];
  'session_id': (string);
}
