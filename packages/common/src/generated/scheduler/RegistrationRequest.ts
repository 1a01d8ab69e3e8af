// Original file: proto/scheduler.proto

import type { StartupMessage as _scheduler_StartupMessage, StartupMessage__Output as _scheduler_StartupMessage__Output } from '../scheduler/StartupMessage.ts';

export interface RegistrationRequest {
  'node_id'?: (Buffer | Uint8Array | string);
  'bip32_key'?: (Buffer | Uint8Array | string);
  'startupmsgs'?: (_scheduler_StartupMessage)[];
  'network'?: (string);
  'challenge'?: (Buffer | Uint8Array | string);
  'signature'?: (Buffer | Uint8Array | string);
  'signer_proto'?: (string);
  'init_msg'?: (Buffer | Uint8Array | string);
  'csr'?: (Buffer | Uint8Array | string);
  'invite_code'?: (string);
}

export interface RegistrationRequest__Output {
  'node_id': (Buffer);
  'bip32_key': (Buffer);
  'startupmsgs': (_scheduler_StartupMessage__Output)[];
  'network': (string);
  'challenge': (Buffer);
  'signature': (Buffer);
  'signer_proto': (string);
  'init_msg': (Buffer);
  'csr': (Buffer);
  'invite_code': (string);
}
