// Original file: proto/primitives.proto

import type { JsonObject as _cln_JsonObject, JsonObject__Output as _cln_JsonObject__Output } from '../cln/JsonObject.ts';
import type { JsonArray as _cln_JsonArray, JsonArray__Output as _cln_JsonArray__Output } from '../cln/JsonArray.ts';

export interface JsonObjectOrArray {
  'object'?: (_cln_JsonObject | null);
  'array'?: (_cln_JsonArray | null);
  'structure'?: "object"|"array";
}

export interface JsonObjectOrArray__Output {
  'object'?: (_cln_JsonObject__Output | null);
  'array'?: (_cln_JsonArray__Output | null);
  'structure'?: "object"|"array";
}
