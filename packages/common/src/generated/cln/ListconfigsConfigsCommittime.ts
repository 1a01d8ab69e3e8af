// Original file: proto/node.proto


export interface ListconfigsConfigsCommittime {
  'value_int'?: (number);
  'source'?: (string);
}

export interface ListconfigsConfigsCommittime__Output {
  'value_int': (number);
  'source': (string);
}
