// Original file: proto/node.proto


export interface ListconfigsConfigsExperimentalanchors {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsExperimentalanchors__Output {
  'set': (boolean);
  'source': (string);
}
