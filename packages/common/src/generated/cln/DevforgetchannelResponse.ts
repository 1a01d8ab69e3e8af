// Original file: proto/node.proto


export interface DevforgetchannelResponse {
  'forced'?: (boolean);
  'funding_unspent'?: (boolean);
  'funding_txid'?: (Buffer | Uint8Array | string);
}

export interface DevforgetchannelResponse__Output {
  'forced': (boolean);
  'funding_unspent': (boolean);
  'funding_txid': (Buffer);
}
