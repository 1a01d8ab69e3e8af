// Original file: proto/primitives.proto

import type { Long } from '@grpc/proto-loader';

export interface JsonScalar {
  'bool_value'?: (boolean);
  'int_value'?: (number | string | Long);
  'uint_value'?: (number | string | Long);
  'double_value'?: (number | string);
  'string_value'?: (string);
  'scalar'?: "bool_value"|"int_value"|"uint_value"|"double_value"|"string_value";
}

export interface JsonScalar__Output {
  'bool_value'?: (boolean);
  'int_value'?: (string);
  'uint_value'?: (string);
  'double_value'?: (number);
  'string_value'?: (string);
  'scalar'?: "bool_value"|"int_value"|"uint_value"|"double_value"|"string_value";
}
