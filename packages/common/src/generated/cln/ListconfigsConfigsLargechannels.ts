// Original file: proto/node.proto


export interface ListconfigsConfigsLargechannels {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsLargechannels__Output {
  'set': (boolean);
  'source': (string);
}
