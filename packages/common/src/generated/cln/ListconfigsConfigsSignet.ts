// Original file: proto/node.proto


export interface ListconfigsConfigsSignet {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsSignet__Output {
  'set': (boolean);
  'source': (string);
}
