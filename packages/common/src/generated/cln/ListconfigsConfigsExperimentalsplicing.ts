// Original file: proto/node.proto


export interface ListconfigsConfigsExperimentalsplicing {
  'set'?: (boolean);
  'source'?: (string);
}

export interface ListconfigsConfigsExperimentalsplicing__Output {
  'set': (boolean);
  'source': (string);
}
