// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { PayPartStartHops as _cln_PayPartStartHops, PayPartStartHops__Output as _cln_PayPartStartHops__Output } from '../cln/PayPartStartHops.ts';
import type { Long } from '@grpc/proto-loader';

export interface PayPartStartNotification {
  'payment_hash'?: (Buffer | Uint8Array | string);
  'groupid'?: (number | string | Long);
  'partid'?: (number | string | Long);
  'total_payment_msat'?: (_cln_Amount | null);
  'attempt_msat'?: (_cln_Amount | null);
  'hops'?: (_cln_PayPartStartHops)[];
}

export interface PayPartStartNotification__Output {
  'payment_hash': (Buffer);
  'groupid': (string);
  'partid': (string);
  'total_payment_msat': (_cln_Amount__Output | null);
  'attempt_msat': (_cln_Amount__Output | null);
  'hops': (_cln_PayPartStartHops__Output)[];
}
