// Original file: proto/node.proto


export interface ListconfigsConfigsCltvdelta {
  'value_int'?: (number);
  'source'?: (string);
}

export interface ListconfigsConfigsCltvdelta__Output {
  'value_int': (number);
  'source': (string);
}
