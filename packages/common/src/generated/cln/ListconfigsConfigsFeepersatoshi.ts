// Original file: proto/node.proto


export interface ListconfigsConfigsFeepersatoshi {
  'value_int'?: (number);
  'source'?: (string);
}

export interface ListconfigsConfigsFeepersatoshi__Output {
  'value_int': (number);
  'source': (string);
}
