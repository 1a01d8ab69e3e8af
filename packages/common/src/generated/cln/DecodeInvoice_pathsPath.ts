// Original file: proto/node.proto


export interface DecodeInvoice_pathsPath {
  'blinded_node_id'?: (Buffer | Uint8Array | string);
  'encrypted_recipient_data'?: (Buffer | Uint8Array | string);
}

export interface DecodeInvoice_pathsPath__Output {
  'blinded_node_id': (Buffer);
  'encrypted_recipient_data': (Buffer);
}
