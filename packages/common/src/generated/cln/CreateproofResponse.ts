// Original file: proto/node.proto

import type { CreateproofProofs as _cln_CreateproofProofs, CreateproofProofs__Output as _cln_CreateproofProofs__Output } from '../cln/CreateproofProofs.ts';

export interface CreateproofResponse {
  'proofs'?: (_cln_CreateproofProofs)[];
}

export interface CreateproofResponse__Output {
  'proofs': (_cln_CreateproofProofs__Output)[];
}
