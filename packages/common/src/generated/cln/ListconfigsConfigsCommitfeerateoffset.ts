// Original file: proto/node.proto


export interface ListconfigsConfigsCommitfeerateoffset {
  'value_int'?: (number);
  'source'?: (string);
}

export interface ListconfigsConfigsCommitfeerateoffset__Output {
  'value_int': (number);
  'source': (string);
}
