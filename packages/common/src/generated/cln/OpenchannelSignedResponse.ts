// Original file: proto/node.proto


export interface OpenchannelSignedResponse {
  'channel_id'?: (Buffer | Uint8Array | string);
  'tx'?: (Buffer | Uint8Array | string);
  'txid'?: (Buffer | Uint8Array | string);
}

export interface OpenchannelSignedResponse__Output {
  'channel_id': (Buffer);
  'tx': (Buffer);
  'txid': (Buffer);
}
