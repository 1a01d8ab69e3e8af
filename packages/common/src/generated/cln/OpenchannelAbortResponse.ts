// Original file: proto/node.proto


export interface OpenchannelAbortResponse {
  'channel_id'?: (Buffer | Uint8Array | string);
  'channel_canceled'?: (boolean);
  'reason'?: (string);
}

export interface OpenchannelAbortResponse__Output {
  'channel_id': (Buffer);
  'channel_canceled': (boolean);
  'reason': (string);
}
