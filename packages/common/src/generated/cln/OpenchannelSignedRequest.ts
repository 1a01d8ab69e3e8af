// Original file: proto/node.proto


export interface OpenchannelSignedRequest {
  'channel_id'?: (Buffer | Uint8Array | string);
  'signed_psbt'?: (string);
}

export interface OpenchannelSignedRequest__Output {
  'channel_id': (Buffer);
  'signed_psbt': (string);
}
