// Original file: proto/node.proto


export interface ListconfigsConfigsDeveloper {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsDeveloper__Output {
  'set': (boolean);
  'source': (string);
}
