// Original file: proto/node.proto

import type { SendpayRoute as _cln_SendpayRoute, SendpayRoute__Output as _cln_SendpayRoute__Output } from '../cln/SendpayRoute.ts';
import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

export interface SendpayRequest {
  'route'?: (_cln_SendpayRoute)[];
  'payment_hash'?: (Buffer | Uint8Array | string);
  'label'?: (string);
  'bolt11'?: (string);
  'payment_secret'?: (Buffer | Uint8Array | string);
  'partid'?: (number | string | Long);
  'groupid'?: (number | string | Long);
  'amount_msat'?: (_cln_Amount | null);
  'localinvreqid'?: (Buffer | Uint8Array | string);
  'payment_metadata'?: (Buffer | Uint8Array | string);
  'description'?: (string);
  '_label'?: "label";
  '_bolt11'?: "bolt11";
  '_payment_secret'?: "payment_secret";
  '_partid'?: "partid";
  '_groupid'?: "groupid";
  '_amount_msat'?: "amount_msat";
  '_localinvreqid'?: "localinvreqid";
  '_payment_metadata'?: "payment_metadata";
  '_description'?: "description";
}

export interface SendpayRequest__Output {
  'route': (_cln_SendpayRoute__Output)[];
  'payment_hash': (Buffer);
  'label'?: (string);
  'bolt11'?: (string);
  'payment_secret'?: (Buffer);
  'partid'?: (string);
  'groupid'?: (string);
  'amount_msat'?: (_cln_Amount__Output | null);
  'localinvreqid'?: (Buffer);
  'payment_metadata'?: (Buffer);
  'description'?: (string);
  '_label'?: "label";
  '_bolt11'?: "bolt11";
  '_payment_secret'?: "payment_secret";
  '_partid'?: "partid";
  '_groupid'?: "groupid";
  '_amount_msat'?: "amount_msat";
  '_localinvreqid'?: "localinvreqid";
  '_payment_metadata'?: "payment_metadata";
  '_description'?: "description";
}
