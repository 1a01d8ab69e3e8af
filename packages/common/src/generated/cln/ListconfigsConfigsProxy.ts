// Original file: proto/node.proto


export interface ListconfigsConfigsProxy {
  'value_str'?: (string);
  'source'?: (string);
}

export interface ListconfigsConfigsProxy__Output {
  'value_str': (string);
  'source': (string);
}
