// Original file: proto/scheduler.proto

import type { Empty as _greenlight_Empty, Empty__Output as _greenlight_Empty__Output } from '../greenlight/Empty.ts';
import type { ApprovePairingResponse as _scheduler_ApprovePairingResponse, ApprovePairingResponse__Output as _scheduler_ApprovePairingResponse__Output } from '../scheduler/ApprovePairingResponse.ts';

export interface SignerResponse {
  'request_id'?: (number);
  'empty'?: (_greenlight_Empty | null);
  'approve_pairing'?: (_scheduler_ApprovePairingResponse | null);
  'response'?: "empty"|"approve_pairing";
}

export interface SignerResponse__Output {
  'request_id': (number);
  'empty'?: (_greenlight_Empty__Output | null);
  'approve_pairing'?: (_scheduler_ApprovePairingResponse__Output | null);
  'response'?: "empty"|"approve_pairing";
}
