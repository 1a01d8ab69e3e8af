// Original file: proto/node.proto


export interface ListconfigsConfigsLoglevel {
  'value_str'?: (string);
  'source'?: (string);
}

export interface ListconfigsConfigsLoglevel__Output {
  'value_str': (string);
  'source': (string);
}
