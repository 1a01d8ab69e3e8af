// Original file: proto/node.proto


export interface InjectonionmessageRequest {
  'path_key'?: (Buffer | Uint8Array | string);
  'message'?: (Buffer | Uint8Array | string);
}

export interface InjectonionmessageRequest__Output {
  'path_key': (Buffer);
  'message': (Buffer);
}
