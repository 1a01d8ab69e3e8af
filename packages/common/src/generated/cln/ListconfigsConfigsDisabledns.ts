// Original file: proto/node.proto


export interface ListconfigsConfigsDisabledns {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsDisabledns__Output {
  'set': (boolean);
  'source': (string);
}
