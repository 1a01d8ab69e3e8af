// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

export interface InvoicerequestRequest {
  'amount'?: (_cln_Amount | null);
  'description'?: (string);
  'issuer'?: (string);
  'label'?: (string);
  'absolute_expiry'?: (number | string | Long);
  'single_use'?: (boolean);
  '_issuer'?: "issuer";
  '_label'?: "label";
  '_absolute_expiry'?: "absolute_expiry";
  '_single_use'?: "single_use";
}

export interface InvoicerequestRequest__Output {
  'amount': (_cln_Amount__Output | null);
  'description': (string);
  'issuer'?: (string);
  'label'?: (string);
  'absolute_expiry'?: (string);
  'single_use'?: (boolean);
  '_issuer'?: "issuer";
  '_label'?: "label";
  '_absolute_expiry'?: "absolute_expiry";
  '_single_use'?: "single_use";
}
