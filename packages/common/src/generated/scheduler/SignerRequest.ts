// Original file: proto/scheduler.proto

import type { ApprovePairingRequest as _scheduler_ApprovePairingRequest, ApprovePairingRequest__Output as _scheduler_ApprovePairingRequest__Output } from '../scheduler/ApprovePairingRequest.ts';

export interface SignerRequest {
  'request_id'?: (number);
  'approve_pairing'?: (_scheduler_ApprovePairingRequest | null);
  'request'?: "approve_pairing";
}

export interface SignerRequest__Output {
  'request_id': (number);
  'approve_pairing'?: (_scheduler_ApprovePairingRequest__Output | null);
  'request'?: "approve_pairing";
}
