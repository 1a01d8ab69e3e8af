// Original file: proto/node.proto


export interface AddgossipRequest {
  'message'?: (Buffer | Uint8Array | string);
}

export interface AddgossipRequest__Output {
  'message': (Buffer);
}
