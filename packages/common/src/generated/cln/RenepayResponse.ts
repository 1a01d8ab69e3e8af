// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_RenepayResponse_RenepayStatus = {
  COMPLETE: 'COMPLETE',
  PENDING: 'PENDING',
  FAILED: 'FAILED',
} as const;

export type _cln_RenepayResponse_RenepayStatus =
  | 'COMPLETE'
  | 0
  | 'PENDING'
  | 1
  | 'FAILED'
  | 2

export type _cln_RenepayResponse_RenepayStatus__Output = typeof _cln_RenepayResponse_RenepayStatus[keyof typeof _cln_RenepayResponse_RenepayStatus]

export interface RenepayResponse {
  'payment_preimage'?: (Buffer | Uint8Array | string);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'created_at'?: (number | string);
  'parts'?: (number);
  'amount_msat'?: (_cln_Amount | null);
  'amount_sent_msat'?: (_cln_Amount | null);
  'status'?: (_cln_RenepayResponse_RenepayStatus);
  'destination'?: (Buffer | Uint8Array | string);
  'bolt11'?: (string);
  'bolt12'?: (string);
  'groupid'?: (number | string | Long);
  '_destination'?: "destination";
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
  '_groupid'?: "groupid";
}

export interface RenepayResponse__Output {
  'payment_preimage': (Buffer);
  'payment_hash': (Buffer);
  'created_at': (number);
  'parts': (number);
  'amount_msat': (_cln_Amount__Output | null);
  'amount_sent_msat': (_cln_Amount__Output | null);
  'status': (_cln_RenepayResponse_RenepayStatus__Output);
  'destination'?: (Buffer);
  'bolt11'?: (string);
  'bolt12'?: (string);
  'groupid'?: (string);
  '_destination'?: "destination";
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
  '_groupid'?: "groupid";
}
