// Original file: proto/node.proto


export interface ListconfigsConfigsPidfile {
  'value_str'?: (string);
  'source'?: (string);
}

export interface ListconfigsConfigsPidfile__Output {
  'value_str': (string);
  'source': (string);
}
