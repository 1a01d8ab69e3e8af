// Original file: proto/node.proto


export interface ListconfigsConfigsAutolisten {
  'value_bool'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsAutolisten__Output {
  'value_bool': (boolean);
  'source': (string);
}
