// Original file: proto/scheduler.proto

import type { HsmRequest as _greenlight_HsmRequest, HsmRequest__Output as _greenlight_HsmRequest__Output } from '../greenlight/HsmRequest.ts';

export interface SignerRejection {
  'msg'?: (string);
  'request'?: (_greenlight_HsmRequest | null);
  'git_version'?: (string);
  'node_id'?: (Buffer | Uint8Array | string);
}

export interface SignerRejection__Output {
  'msg': (string);
  'request': (_greenlight_HsmRequest__Output | null);
  'git_version': (string);
  'node_id': (Buffer);
}
