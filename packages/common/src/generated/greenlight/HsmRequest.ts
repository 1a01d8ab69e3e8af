// Original file: proto/greenlight.proto

import type { HsmRequestContext as _greenlight_HsmRequestContext, HsmRequestContext__Output as _greenlight_HsmRequestContext__Output } from '../greenlight/HsmRequestContext.ts';
import type { SignerStateEntry as _greenlight_SignerStateEntry, SignerStateEntry__Output as _greenlight_SignerStateEntry__Output } from '../greenlight/SignerStateEntry.ts';
import type { PendingRequest as _greenlight_PendingRequest, PendingRequest__Output as _greenlight_PendingRequest__Output } from '../greenlight/PendingRequest.ts';

export interface HsmRequest {
  'request_id'?: (number);
  'context'?: (_greenlight_HsmRequestContext | null);
  'raw'?: (Buffer | Uint8Array | string);
  'signer_state'?: (_greenlight_SignerStateEntry)[];
  'requests'?: (_greenlight_PendingRequest)[];
}

export interface HsmRequest__Output {
  'request_id': (number);
  'context': (_greenlight_HsmRequestContext__Output | null);
  'raw': (Buffer);
  'signer_state': (_greenlight_SignerStateEntry__Output)[];
  'requests': (_greenlight_PendingRequest__Output)[];
}
