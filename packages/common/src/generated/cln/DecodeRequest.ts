// Original file: proto/node.proto


export interface DecodeRequest {
  'string'?: (string);
}

export interface DecodeRequest__Output {
  'string': (string);
}
