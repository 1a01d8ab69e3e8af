// Original file: proto/node.proto


export interface ListconfigsConfigsRegtest {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsRegtest__Output {
  'set': (boolean);
  'source': (string);
}
