// Original file: proto/node.proto


export interface ListconfigsConfigsAllowdeprecatedapis {
  'value_bool'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsAllowdeprecatedapis__Output {
  'value_bool': (boolean);
  'source': (string);
}
