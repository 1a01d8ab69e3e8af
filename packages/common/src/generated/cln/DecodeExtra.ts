// Original file: proto/node.proto


export interface DecodeExtra {
  'tag'?: (string);
  'data'?: (string);
}

export interface DecodeExtra__Output {
  'tag': (string);
  'data': (string);
}
