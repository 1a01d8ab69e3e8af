// Original file: proto/node.proto


export interface ListconfigsConfigsMaxconcurrenthtlcs {
  'value_int'?: (number);
  'source'?: (string);
}

export interface ListconfigsConfigsMaxconcurrenthtlcs__Output {
  'value_int': (number);
  'source': (string);
}
