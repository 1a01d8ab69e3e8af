// Original file: proto/node.proto


export interface ListconfigsConfigsIgnorefeelimits {
  'value_bool'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsIgnorefeelimits__Output {
  'value_bool': (boolean);
  'source': (string);
}
