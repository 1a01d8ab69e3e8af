// Original file: proto/node.proto


export interface ListconfigsConfigsAlias {
  'value_str'?: (string);
  'source'?: (string);
}

export interface ListconfigsConfigsAlias__Output {
  'value_str': (string);
  'source': (string);
}
