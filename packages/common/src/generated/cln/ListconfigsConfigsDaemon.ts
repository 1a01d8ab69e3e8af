// Original file: proto/node.proto


export interface ListconfigsConfigsDaemon {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsDaemon__Output {
  'set': (boolean);
  'source': (string);
}
