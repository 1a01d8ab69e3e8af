// Original file: proto/node.proto


export interface ListconfigsConfigsRpcfilemode {
  'value_str'?: (string);
  'source'?: (string);
}

export interface ListconfigsConfigsRpcfilemode__Output {
  'value_str': (string);
  'source': (string);
}
