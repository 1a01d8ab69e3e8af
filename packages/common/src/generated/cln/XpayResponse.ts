// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

export interface XpayResponse {
  'payment_preimage'?: (Buffer | Uint8Array | string);
  'failed_parts'?: (number | string | Long);
  'successful_parts'?: (number | string | Long);
  'amount_msat'?: (_cln_Amount | null);
  'amount_sent_msat'?: (_cln_Amount | null);
}

export interface XpayResponse__Output {
  'payment_preimage': (Buffer);
  'failed_parts': (string);
  'successful_parts': (string);
  'amount_msat': (_cln_Amount__Output | null);
  'amount_sent_msat': (_cln_Amount__Output | null);
}
