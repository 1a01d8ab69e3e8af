// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

// Original file: proto/node.proto

export const _cln_RenepaystatusPaystatus_RenepaystatusPaystatusStatus = {
  COMPLETE: 'COMPLETE',
  PENDING: 'PENDING',
  FAILED: 'FAILED',
} as const;

export type _cln_RenepaystatusPaystatus_RenepaystatusPaystatusStatus =
  | 'COMPLETE'
  | 0
  | 'PENDING'
  | 1
  | 'FAILED'
  | 2

export type _cln_RenepaystatusPaystatus_RenepaystatusPaystatusStatus__Output = typeof _cln_RenepaystatusPaystatus_RenepaystatusPaystatusStatus[keyof typeof _cln_RenepaystatusPaystatus_RenepaystatusPaystatusStatus]

export interface RenepaystatusPaystatus {
  'bolt11'?: (string);
  'payment_preimage'?: (Buffer | Uint8Array | string);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'created_at'?: (number | string);
  'groupid'?: (number);
  'parts'?: (number);
  'amount_msat'?: (_cln_Amount | null);
  'amount_sent_msat'?: (_cln_Amount | null);
  'status'?: (_cln_RenepaystatusPaystatus_RenepaystatusPaystatusStatus);
  'destination'?: (Buffer | Uint8Array | string);
  'notes'?: (string)[];
  '_payment_preimage'?: "payment_preimage";
  '_parts'?: "parts";
  '_amount_sent_msat'?: "amount_sent_msat";
  '_destination'?: "destination";
}

export interface RenepaystatusPaystatus__Output {
  'bolt11': (string);
  'payment_preimage'?: (Buffer);
  'payment_hash': (Buffer);
  'created_at': (number);
  'groupid': (number);
  'parts'?: (number);
  'amount_msat': (_cln_Amount__Output | null);
  'amount_sent_msat'?: (_cln_Amount__Output | null);
  'status': (_cln_RenepaystatusPaystatus_RenepaystatusPaystatusStatus__Output);
  'destination'?: (Buffer);
  'notes': (string)[];
  '_payment_preimage'?: "payment_preimage";
  '_parts'?: "parts";
  '_amount_sent_msat'?: "amount_sent_msat";
  '_destination'?: "destination";
}
