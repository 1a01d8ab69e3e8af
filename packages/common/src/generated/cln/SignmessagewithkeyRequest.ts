// Original file: proto/node.proto


export interface SignmessagewithkeyRequest {
  'message'?: (string);
  'address'?: (string);
}

export interface SignmessagewithkeyRequest__Output {
  'message': (string);
  'address': (string);
}
