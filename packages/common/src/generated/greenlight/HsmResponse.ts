// Original file: proto/greenlight.proto

import type { SignerStateEntry as _greenlight_SignerStateEntry, SignerStateEntry__Output as _greenlight_SignerStateEntry__Output } from '../greenlight/SignerStateEntry.ts';

export interface HsmResponse {
  'request_id'?: (number);
  'raw'?: (Buffer | Uint8Array | string);
  'signer_state'?: (_greenlight_SignerStateEntry)[];
  'error'?: (string);
}

export interface HsmResponse__Output {
  'request_id': (number);
  'raw': (Buffer);
  'signer_state': (_greenlight_SignerStateEntry__Output)[];
  'error': (string);
}
