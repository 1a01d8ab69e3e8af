// Original file: proto/node.proto


export interface OpenchannelAbortRequest {
  'channel_id'?: (Buffer | Uint8Array | string);
}

export interface OpenchannelAbortRequest__Output {
  'channel_id': (Buffer);
}
