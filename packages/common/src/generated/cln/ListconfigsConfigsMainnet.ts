// Original file: proto/node.proto


export interface ListconfigsConfigsMainnet {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsMainnet__Output {
  'set': (boolean);
  'source': (string);
}
