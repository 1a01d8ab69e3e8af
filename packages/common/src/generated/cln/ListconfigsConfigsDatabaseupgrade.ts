// Original file: proto/node.proto


export interface ListconfigsConfigsDatabaseupgrade {
  'value_bool'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsDatabaseupgrade__Output {
  'value_bool': (boolean);
  'source': (string);
}
