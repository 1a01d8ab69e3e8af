// Original file: proto/primitives.proto

import type { JsonArray as _cln_JsonArray, JsonArray__Output as _cln_JsonArray__Output } from '../cln/JsonArray.ts';
import type { JsonObject as _cln_JsonObject, JsonObject__Output as _cln_JsonObject__Output } from '../cln/JsonObject.ts';
import type { Long } from '@grpc/proto-loader';

export interface JsonValue {
  'bool_value'?: (boolean);
  'int_value'?: (number | string | Long);
  'uint_value'?: (number | string | Long);
  'double_value'?: (number | string);
  'string_value'?: (string);
  'array'?: (_cln_JsonArray | null);
  'object'?: (_cln_JsonObject | null);
  'kind'?: "bool_value"|"int_value"|"uint_value"|"double_value"|"string_value"|"array"|"object";
}

export interface JsonValue__Output {
  'bool_value'?: (boolean);
  'int_value'?: (string);
  'uint_value'?: (string);
  'double_value'?: (number);
  'string_value'?: (string);
  'array'?: (_cln_JsonArray__Output | null);
  'object'?: (_cln_JsonObject__Output | null);
  'kind'?: "bool_value"|"int_value"|"uint_value"|"double_value"|"string_value"|"array"|"object";
}
