// Original file: proto/node.proto


export interface ListconfigsConfigsExperimentalpeerstorage {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsExperimentalpeerstorage__Output {
  'set': (boolean);
  'source': (string);
}
