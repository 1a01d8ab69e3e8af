// Original file: proto/greenlight.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/greenlight.proto

export const _greenlight_TrampolinePayResponse_PayStatus = {
  COMPLETE: 'COMPLETE',
  FAILED: 'FAILED',
} as const;

export type _greenlight_TrampolinePayResponse_PayStatus =
  | 'COMPLETE'
  | 0
  | 'FAILED'
  | 2

export type _greenlight_TrampolinePayResponse_PayStatus__Output = typeof _greenlight_TrampolinePayResponse_PayStatus[keyof typeof _greenlight_TrampolinePayResponse_PayStatus]

export interface TrampolinePayResponse {
  'payment_preimage'?: (Buffer | Uint8Array | string);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'created_at'?: (number | string);
  'parts'?: (number);
  'amount_msat'?: (number | string | Long);
  'amount_sent_msat'?: (number | string | Long);
  'destination'?: (Buffer | Uint8Array | string);
}

export interface TrampolinePayResponse__Output {
  'payment_preimage': (Buffer);
  'payment_hash': (Buffer);
  'created_at': (number);
  'parts': (number);
  'amount_msat': (string);
  'amount_sent_msat': (string);
  'destination': (Buffer);
}
