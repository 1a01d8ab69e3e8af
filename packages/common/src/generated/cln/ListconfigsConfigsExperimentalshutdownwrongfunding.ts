// Original file: proto/node.proto


export interface ListconfigsConfigsExperimentalshutdownwrongfunding {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsExperimentalshutdownwrongfunding__Output {
  'set': (boolean);
  'source': (string);
}
