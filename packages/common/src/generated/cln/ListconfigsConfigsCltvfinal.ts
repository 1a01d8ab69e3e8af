// Original file: proto/node.proto


export interface ListconfigsConfigsCltvfinal {
  'value_int'?: (number);
  'source'?: (string);
}

export interface ListconfigsConfigsCltvfinal__Output {
  'value_int': (number);
  'source': (string);
}
