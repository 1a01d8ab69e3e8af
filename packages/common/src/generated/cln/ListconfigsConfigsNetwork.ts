// Original file: proto/node.proto


export interface ListconfigsConfigsNetwork {
  'value_str'?: (string);
  'source'?: (string);
}

export interface ListconfigsConfigsNetwork__Output {
  'value_str': (string);
  'source': (string);
}
