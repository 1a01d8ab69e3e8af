// Original file: proto/node.proto


export interface ListconfigsConfigsAlwaysuseproxy {
  'value_bool'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsAlwaysuseproxy__Output {
  'value_bool': (boolean);
  'source': (string);
}
