// Original file: proto/node.proto


export interface ListconfigsConfigsRequireconfirmedinputs {
  'value_bool'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsRequireconfirmedinputs__Output {
  'value_bool': (boolean);
  'source': (string);
}
