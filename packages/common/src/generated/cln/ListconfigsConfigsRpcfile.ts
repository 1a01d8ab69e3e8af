// Original file: proto/node.proto


export interface ListconfigsConfigsRpcfile {
  'value_str'?: (string);
  'source'?: (string);
}

export interface ListconfigsConfigsRpcfile__Output {
  'value_str': (string);
  'source': (string);
}
