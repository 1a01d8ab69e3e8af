// Original file: proto/node.proto


export interface ListconfigsConfigsLogtimestamps {
  'value_bool'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsLogtimestamps__Output {
  'value_bool': (boolean);
  'source': (string);
}
