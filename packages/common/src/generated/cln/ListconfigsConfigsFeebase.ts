// Original file: proto/node.proto


export interface ListconfigsConfigsFeebase {
  'value_int'?: (number);
  'source'?: (string);
}

export interface ListconfigsConfigsFeebase__Output {
  'value_int': (number);
  'source': (string);
}
