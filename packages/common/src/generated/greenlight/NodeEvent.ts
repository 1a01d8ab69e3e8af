// Original file: proto/greenlight.proto

import type { InvoicePaid as _greenlight_InvoicePaid, InvoicePaid__Output as _greenlight_InvoicePaid__Output } from '../greenlight/InvoicePaid.ts';

export interface NodeEvent {
  'invoice_paid'?: (_greenlight_InvoicePaid | null);
  'event'?: "invoice_paid";
}

export interface NodeEvent__Output {
  'invoice_paid'?: (_greenlight_InvoicePaid__Output | null);
  'event'?: "invoice_paid";
}
