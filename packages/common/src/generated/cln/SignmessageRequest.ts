// Original file: proto/node.proto


export interface SignmessageRequest {
  'message'?: (string);
}

export interface SignmessageRequest__Output {
  'message': (string);
}
