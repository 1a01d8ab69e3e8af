// Original file: proto/node.proto


export interface OpenchannelUpdateRequest {
  'channel_id'?: (Buffer | Uint8Array | string);
  'psbt'?: (string);
}

export interface OpenchannelUpdateRequest__Output {
  'channel_id': (Buffer);
  'psbt': (string);
}
