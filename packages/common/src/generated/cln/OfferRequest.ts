// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface OfferRequest {
  'amount'?: (string);
  'description'?: (string);
  'issuer'?: (string);
  'label'?: (string);
  'quantity_max'?: (number | string | Long);
  'absolute_expiry'?: (number | string | Long);
  'recurrence'?: (string);
  'recurrence_base'?: (string);
  'recurrence_paywindow'?: (string);
  'recurrence_limit'?: (number);
  'single_use'?: (boolean);
  'proportional_amount'?: (boolean);
  'optional_recurrence'?: (boolean);
  'fronting_nodes'?: (Buffer | Uint8Array | string)[];
  '_description'?: "description";
  '_issuer'?: "issuer";
  '_label'?: "label";
  '_quantity_max'?: "quantity_max";
  '_absolute_expiry'?: "absolute_expiry";
  '_recurrence'?: "recurrence";
  '_recurrence_base'?: "recurrence_base";
  '_recurrence_paywindow'?: "recurrence_paywindow";
  '_recurrence_limit'?: "recurrence_limit";
  '_single_use'?: "single_use";
  '_proportional_amount'?: "proportional_amount";
  '_optional_recurrence'?: "optional_recurrence";
}

export interface OfferRequest__Output {
  'amount': (string);
  'description'?: (string);
  'issuer'?: (string);
  'label'?: (string);
  'quantity_max'?: (string);
  'absolute_expiry'?: (string);
  'recurrence'?: (string);
  'recurrence_base'?: (string);
  'recurrence_paywindow'?: (string);
  'recurrence_limit'?: (number);
  'single_use'?: (boolean);
  'proportional_amount'?: (boolean);
  'optional_recurrence'?: (boolean);
  'fronting_nodes': (Buffer)[];
  '_description'?: "description";
  '_issuer'?: "issuer";
  '_label'?: "label";
  '_quantity_max'?: "quantity_max";
  '_absolute_expiry'?: "absolute_expiry";
  '_recurrence'?: "recurrence";
  '_recurrence_base'?: "recurrence_base";
  '_recurrence_paywindow'?: "recurrence_paywindow";
  '_recurrence_limit'?: "recurrence_limit";
  '_single_use'?: "single_use";
  '_proportional_amount'?: "proportional_amount";
  '_optional_recurrence'?: "optional_recurrence";
}
