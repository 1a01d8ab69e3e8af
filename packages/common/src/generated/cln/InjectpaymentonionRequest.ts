// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

export interface InjectpaymentonionRequest {
  'onion'?: (Buffer | Uint8Array | string);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'amount_msat'?: (_cln_Amount | null);
  'cltv_expiry'?: (number);
  'partid'?: (number | string | Long);
  'groupid'?: (number | string | Long);
  'label'?: (string);
  'invstring'?: (string);
  'localinvreqid'?: (Buffer | Uint8Array | string);
  'destination_msat'?: (_cln_Amount | null);
  'destination'?: (Buffer | Uint8Array | string);
  '_label'?: "label";
  '_invstring'?: "invstring";
  '_localinvreqid'?: "localinvreqid";
  '_destination_msat'?: "destination_msat";
  '_destination'?: "destination";
}

export interface InjectpaymentonionRequest__Output {
  'onion': (Buffer);
  'payment_hash': (Buffer);
  'amount_msat': (_cln_Amount__Output | null);
  'cltv_expiry': (number);
  'partid': (string);
  'groupid': (string);
  'label'?: (string);
  'invstring'?: (string);
  'localinvreqid'?: (Buffer);
  'destination_msat'?: (_cln_Amount__Output | null);
  'destination'?: (Buffer);
  '_label'?: "label";
  '_invstring'?: "invstring";
  '_localinvreqid'?: "localinvreqid";
  '_destination_msat'?: "destination_msat";
  '_destination'?: "destination";
}
