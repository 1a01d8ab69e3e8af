// Original file: proto/node.proto


export interface FundchannelCompleteResponse {
  'channel_id'?: (Buffer | Uint8Array | string);
  'commitments_secured'?: (boolean);
}

export interface FundchannelCompleteResponse__Output {
  'channel_id': (Buffer);
  'commitments_secured': (boolean);
}
