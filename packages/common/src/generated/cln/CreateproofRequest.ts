// Original file: proto/node.proto

import type { ProofField as _cln_ProofField, ProofField__Output as _cln_ProofField__Output } from '../cln/ProofField.ts';

export interface CreateproofRequest {
  'invstring'?: (string);
  'note'?: (string);
  'include'?: (_cln_ProofField)[];
  '_note'?: "note";
}

export interface CreateproofRequest__Output {
  'invstring': (string);
  'note'?: (string);
  'include': (_cln_ProofField__Output)[];
  '_note'?: "note";
}
