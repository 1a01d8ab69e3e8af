// Original file: proto/primitives.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface DecodeRouteHop {
  'pubkey'?: (Buffer | Uint8Array | string);
  'short_channel_id'?: (string);
  'fee_base_msat'?: (_cln_Amount | null);
  'fee_proportional_millionths'?: (number);
  'cltv_expiry_delta'?: (number);
}

export interface DecodeRouteHop__Output {
  'pubkey': (Buffer);
  'short_channel_id': (string);
  'fee_base_msat': (_cln_Amount__Output | null);
  'fee_proportional_millionths': (number);
  'cltv_expiry_delta': (number);
}
