// Original file: proto/node.proto


export interface ListconfigsConfigsLogprefix {
  'value_str'?: (string);
  'source'?: (string);
}

export interface ListconfigsConfigsLogprefix__Output {
  'value_str': (string);
  'source': (string);
}
