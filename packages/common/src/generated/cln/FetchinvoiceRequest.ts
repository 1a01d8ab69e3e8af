// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

export interface FetchinvoiceRequest {
  'offer'?: (string);
  'amount_msat'?: (_cln_Amount | null);
  'quantity'?: (number | string | Long);
  'recurrence_counter'?: (number | string | Long);
  'recurrence_start'?: (number | string);
  'recurrence_label'?: (string);
  'timeout'?: (number | string);
  'payer_note'?: (string);
  'payer_metadata'?: (string);
  'bip353'?: (string);
  '_amount_msat'?: "amount_msat";
  '_quantity'?: "quantity";
  '_recurrence_counter'?: "recurrence_counter";
  '_recurrence_start'?: "recurrence_start";
  '_recurrence_label'?: "recurrence_label";
  '_timeout'?: "timeout";
  '_payer_note'?: "payer_note";
  '_payer_metadata'?: "payer_metadata";
  '_bip353'?: "bip353";
}

export interface FetchinvoiceRequest__Output {
  'offer': (string);
  'amount_msat'?: (_cln_Amount__Output | null);
  'quantity'?: (string);
  'recurrence_counter'?: (string);
  'recurrence_start'?: (number);
  'recurrence_label'?: (string);
  'timeout'?: (number);
  'payer_note'?: (string);
  'payer_metadata'?: (string);
  'bip353'?: (string);
  '_amount_msat'?: "amount_msat";
  '_quantity'?: "quantity";
  '_recurrence_counter'?: "recurrence_counter";
  '_recurrence_start'?: "recurrence_start";
  '_recurrence_label'?: "recurrence_label";
  '_timeout'?: "timeout";
  '_payer_note'?: "payer_note";
  '_payer_metadata'?: "payer_metadata";
  '_bip353'?: "bip353";
}
