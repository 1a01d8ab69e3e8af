// Original file: proto/node.proto


export interface ListconfigsConfigsExperimentaldualfund {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsExperimentaldualfund__Output {
  'set': (boolean);
  'source': (string);
}
