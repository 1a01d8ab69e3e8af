// Original file: proto/node.proto


export interface SignmessagewithkeyResponse {
  'address'?: (string);
  'pubkey'?: (Buffer | Uint8Array | string);
  'signature'?: (Buffer | Uint8Array | string);
  'base64'?: (string);
}

export interface SignmessagewithkeyResponse__Output {
  'address': (string);
  'pubkey': (Buffer);
  'signature': (Buffer);
  'base64': (string);
}
