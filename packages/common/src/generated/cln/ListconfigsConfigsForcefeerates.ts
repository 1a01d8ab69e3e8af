// Original file: proto/node.proto


export interface ListconfigsConfigsForcefeerates {
  'value_str'?: (string);
  'source'?: (string);
}

export interface ListconfigsConfigsForcefeerates__Output {
  'value_str': (string);
  'source': (string);
}
