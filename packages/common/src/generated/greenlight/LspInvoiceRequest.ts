// Original file: proto/greenlight.proto

import type { Long } from '@grpc/proto-loader';

export interface LspInvoiceRequest {
  'lsp_id'?: (string);
  'token'?: (string);
  'amount_msat'?: (number | string | Long);
  'description'?: (string);
  'label'?: (string);
}

export interface LspInvoiceRequest__Output {
  'lsp_id': (string);
  'token': (string);
  'amount_msat': (string);
  'description': (string);
  'label': (string);
}
