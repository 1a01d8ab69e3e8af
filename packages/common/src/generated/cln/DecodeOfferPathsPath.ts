// Original file: proto/node.proto


export interface DecodeOfferPathsPath {
  'blinded_node_id'?: (Buffer | Uint8Array | string);
  'encrypted_recipient_data'?: (Buffer | Uint8Array | string);
}

export interface DecodeOfferPathsPath__Output {
  'blinded_node_id': (Buffer);
  'encrypted_recipient_data': (Buffer);
}
