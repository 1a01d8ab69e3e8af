// Original file: proto/node.proto


export interface SignpsbtResponse {
  'signed_psbt'?: (string);
}

export interface SignpsbtResponse__Output {
  'signed_psbt': (string);
}
