// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Outpoint as _cln_Outpoint, Outpoint__Output as _cln_Outpoint__Output } from '../cln/Outpoint.ts';

export interface InvoicePaymentNotification {
  'msat'?: (_cln_Amount | null);
  'preimage'?: (Buffer | Uint8Array | string);
  'outpoint'?: (_cln_Outpoint | null);
  'label'?: (string);
  '_outpoint'?: "outpoint";
}

export interface InvoicePaymentNotification__Output {
  'msat': (_cln_Amount__Output | null);
  'preimage': (Buffer);
  'outpoint'?: (_cln_Outpoint__Output | null);
  'label': (string);
  '_outpoint'?: "outpoint";
}
