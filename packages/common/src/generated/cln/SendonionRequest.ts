// Original file: proto/node.proto

import type { SendonionFirstHop as _cln_SendonionFirstHop, SendonionFirstHop__Output as _cln_SendonionFirstHop__Output } from '../cln/SendonionFirstHop.ts';
import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

export interface SendonionRequest {
  'onion'?: (Buffer | Uint8Array | string);
  'first_hop'?: (_cln_SendonionFirstHop | null);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'label'?: (string);
  'shared_secrets'?: (Buffer | Uint8Array | string)[];
  'partid'?: (number);
  'bolt11'?: (string);
  'destination'?: (Buffer | Uint8Array | string);
  'groupid'?: (number | string | Long);
  'amount_msat'?: (_cln_Amount | null);
  'localinvreqid'?: (Buffer | Uint8Array | string);
  'description'?: (string);
  'total_amount_msat'?: (_cln_Amount | null);
  '_label'?: "label";
  '_partid'?: "partid";
  '_bolt11'?: "bolt11";
  '_destination'?: "destination";
  '_groupid'?: "groupid";
  '_amount_msat'?: "amount_msat";
  '_localinvreqid'?: "localinvreqid";
  '_description'?: "description";
  '_total_amount_msat'?: "total_amount_msat";
}

export interface SendonionRequest__Output {
  'onion': (Buffer);
  'first_hop': (_cln_SendonionFirstHop__Output | null);
  'payment_hash': (Buffer);
  'label'?: (string);
  'shared_secrets': (Buffer)[];
  'partid'?: (number);
  'bolt11'?: (string);
  'destination'?: (Buffer);
  'groupid'?: (string);
  'amount_msat'?: (_cln_Amount__Output | null);
  'localinvreqid'?: (Buffer);
  'description'?: (string);
  'total_amount_msat'?: (_cln_Amount__Output | null);
  '_label'?: "label";
  '_partid'?: "partid";
  '_bolt11'?: "bolt11";
  '_destination'?: "destination";
  '_groupid'?: "groupid";
  '_amount_msat'?: "amount_msat";
  '_localinvreqid'?: "localinvreqid";
  '_description'?: "description";
  '_total_amount_msat'?: "total_amount_msat";
}
