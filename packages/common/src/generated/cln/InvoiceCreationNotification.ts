// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface InvoiceCreationNotification {
  'msat'?: (_cln_Amount | null);
  'preimage'?: (Buffer | Uint8Array | string);
  'label'?: (string);
  '_msat'?: "msat";
}

export interface InvoiceCreationNotification__Output {
  'msat'?: (_cln_Amount__Output | null);
  'preimage': (Buffer);
  'label': (string);
  '_msat'?: "msat";
}
