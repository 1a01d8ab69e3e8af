// Original file: proto/node.proto


export interface ListconfigsConfigsAnnounceaddrdns {
  'value_bool'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsAnnounceaddrdns__Output {
  'value_bool': (boolean);
  'source': (string);
}
