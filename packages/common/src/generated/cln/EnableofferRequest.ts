// Original file: proto/node.proto


export interface EnableofferRequest {
  'offer_id'?: (Buffer | Uint8Array | string);
}

export interface EnableofferRequest__Output {
  'offer_id': (Buffer);
}
