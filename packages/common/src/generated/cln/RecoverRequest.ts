// Original file: proto/node.proto


export interface RecoverRequest {
  'hsmsecret'?: (string);
}

export interface RecoverRequest__Output {
  'hsmsecret': (string);
}
