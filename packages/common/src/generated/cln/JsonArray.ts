// Original file: proto/primitives.proto

import type { JsonValue as _cln_JsonValue, JsonValue__Output as _cln_JsonValue__Output } from '../cln/JsonValue.ts';

export interface JsonArray {
  'values'?: (_cln_JsonValue)[];
}

export interface JsonArray__Output {
  'values': (_cln_JsonValue__Output)[];
}
