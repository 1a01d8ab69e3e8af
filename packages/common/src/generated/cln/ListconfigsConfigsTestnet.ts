// Original file: proto/node.proto


export interface ListconfigsConfigsTestnet {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsTestnet__Output {
  'set': (boolean);
  'source': (string);
}
