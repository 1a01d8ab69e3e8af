// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface DecodeInvoicePathsPayinfo {
  'htlc_minimum_msat'?: (_cln_Amount | null);
  'features'?: (Buffer | Uint8Array | string);
  'fee_base_msat'?: (_cln_Amount | null);
  'fee_proportional_millionths'?: (number);
  'htlc_maximum_msat'?: (_cln_Amount | null);
  'cltv_expiry_delta'?: (number);
  '_htlc_minimum_msat'?: "htlc_minimum_msat";
  '_htlc_maximum_msat'?: "htlc_maximum_msat";
}

export interface DecodeInvoicePathsPayinfo__Output {
  'htlc_minimum_msat'?: (_cln_Amount__Output | null);
  'features': (Buffer);
  'fee_base_msat': (_cln_Amount__Output | null);
  'fee_proportional_millionths': (number);
  'htlc_maximum_msat'?: (_cln_Amount__Output | null);
  'cltv_expiry_delta': (number);
  '_htlc_minimum_msat'?: "htlc_minimum_msat";
  '_htlc_maximum_msat'?: "htlc_maximum_msat";
}
