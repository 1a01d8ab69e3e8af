// Original file: proto/node.proto


export interface MultiwithdrawResponse {
  'tx'?: (Buffer | Uint8Array | string);
  'txid'?: (Buffer | Uint8Array | string);
}

export interface MultiwithdrawResponse__Output {
  'tx': (Buffer);
  'txid': (Buffer);
}
