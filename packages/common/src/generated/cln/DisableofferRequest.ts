// Original file: proto/node.proto


export interface DisableofferRequest {
  'offer_id'?: (Buffer | Uint8Array | string);
}

export interface DisableofferRequest__Output {
  'offer_id': (Buffer);
}
