// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

export interface SendinvoiceRequest {
  'invreq'?: (string);
  'label'?: (string);
  'amount_msat'?: (_cln_Amount | null);
  'timeout'?: (number);
  'quantity'?: (number | string | Long);
  '_amount_msat'?: "amount_msat";
  '_timeout'?: "timeout";
  '_quantity'?: "quantity";
}

export interface SendinvoiceRequest__Output {
  'invreq': (string);
  'label': (string);
  'amount_msat'?: (_cln_Amount__Output | null);
  'timeout'?: (number);
  'quantity'?: (string);
  '_amount_msat'?: "amount_msat";
  '_timeout'?: "timeout";
  '_quantity'?: "quantity";
}
