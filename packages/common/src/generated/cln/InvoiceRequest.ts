// Original file: proto/node.proto

import type { AmountOrAny as _cln_AmountOrAny, AmountOrAny__Output as _cln_AmountOrAny__Output } from '../cln/AmountOrAny.ts';
import type { Long } from '@grpc/proto-loader';

export interface InvoiceRequest {
  'description'?: (string);
  'label'?: (string);
  'fallbacks'?: (string)[];
  'preimage'?: (Buffer | Uint8Array | string);
  'cltv'?: (number);
  'expiry'?: (number | string | Long);
  'exposeprivatechannels'?: (string)[];
  'deschashonly'?: (boolean);
  'amount_msat'?: (_cln_AmountOrAny | null);
  '_preimage'?: "preimage";
  '_cltv'?: "cltv";
  '_expiry'?: "expiry";
  '_deschashonly'?: "deschashonly";
}

export interface InvoiceRequest__Output {
  'description': (string);
  'label': (string);
  'fallbacks': (string)[];
  'preimage'?: (Buffer);
  'cltv'?: (number);
  'expiry'?: (string);
  'exposeprivatechannels': (string)[];
  'deschashonly'?: (boolean);
  'amount_msat': (_cln_AmountOrAny__Output | null);
  '_preimage'?: "preimage";
  '_cltv'?: "cltv";
  '_expiry'?: "expiry";
  '_deschashonly'?: "deschashonly";
}
