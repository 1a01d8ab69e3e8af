// Original file: proto/node.proto


export interface SpliceSignedRequest {
  'channel_id'?: (Buffer | Uint8Array | string);
  'psbt'?: (string);
  'sign_first'?: (boolean);
  '_sign_first'?: "sign_first";
}

export interface SpliceSignedRequest__Output {
  'channel_id': (Buffer);
  'psbt': (string);
  'sign_first'?: (boolean);
  '_sign_first'?: "sign_first";
}
