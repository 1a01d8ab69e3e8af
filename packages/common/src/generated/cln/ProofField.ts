// Original file: proto/primitives.proto

import type { Long } from '@grpc/proto-loader';

export interface ProofField {
  'name'?: (string);
  'number'?: (number | string | Long);
  'ident'?: "name"|"number";
}

export interface ProofField__Output {
  'name'?: (string);
  'number'?: (string);
  'ident'?: "name"|"number";
}
