// Original file: proto/primitives.proto

import type { JsonValue as _cln_JsonValue, JsonValue__Output as _cln_JsonValue__Output } from '../cln/JsonValue.ts';

export interface JsonObject {
  'fields'?: ({[key: string]: _cln_JsonValue});
}

export interface JsonObject__Output {
  'fields': ({[key: string]: _cln_JsonValue__Output});
}
