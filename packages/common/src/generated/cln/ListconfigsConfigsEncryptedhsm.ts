// Original file: proto/node.proto


export interface ListconfigsConfigsEncryptedhsm {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsEncryptedhsm__Output {
  'set': (boolean);
  'source': (string);
}
