// Original file: proto/node.proto


export interface ListconfigsConfigsClearplugins {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsClearplugins__Output {
  'set': (boolean);
  'source': (string);
}
