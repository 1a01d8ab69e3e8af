// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface CancelrecurringinvoiceRequest {
  'offer'?: (string);
  'recurrence_counter'?: (number | string | Long);
  'recurrence_label'?: (string);
  'recurrence_start'?: (number | string);
  'payer_note'?: (string);
  'bip353'?: (string);
  '_recurrence_start'?: "recurrence_start";
  '_payer_note'?: "payer_note";
  '_bip353'?: "bip353";
}

export interface CancelrecurringinvoiceRequest__Output {
  'offer': (string);
  'recurrence_counter': (string);
  'recurrence_label': (string);
  'recurrence_start'?: (number);
  'payer_note'?: (string);
  'bip353'?: (string);
  '_recurrence_start'?: "recurrence_start";
  '_payer_note'?: "payer_note";
  '_bip353'?: "bip353";
}
