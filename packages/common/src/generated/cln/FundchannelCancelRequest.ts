// Original file: proto/node.proto


export interface FundchannelCancelRequest {
  'id'?: (Buffer | Uint8Array | string);
}

export interface FundchannelCancelRequest__Output {
  'id': (Buffer);
}
