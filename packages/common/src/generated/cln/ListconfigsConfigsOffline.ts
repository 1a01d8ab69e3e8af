// Original file: proto/node.proto


export interface ListconfigsConfigsOffline {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsOffline__Output {
  'set': (boolean);
  'source': (string);
}
