// Original file: proto/node.proto

import type { ProofField as _cln_ProofField, ProofField__Output as _cln_ProofField__Output } from '../cln/ProofField.ts';

export interface CreateproofProofs {
  'bolt12'?: (string);
  'offer_fields_included'?: (_cln_ProofField)[];
  'invreq_fields_included'?: (_cln_ProofField)[];
  'invoice_fields_included'?: (_cln_ProofField)[];
}

export interface CreateproofProofs__Output {
  'bolt12': (string);
  'offer_fields_included': (_cln_ProofField__Output)[];
  'invreq_fields_included': (_cln_ProofField__Output)[];
  'invoice_fields_included': (_cln_ProofField__Output)[];
}
