// Original file: proto/node.proto


export interface TxdiscardRequest {
  'txid'?: (Buffer | Uint8Array | string);
}

export interface TxdiscardRequest__Output {
  'txid': (Buffer);
}
