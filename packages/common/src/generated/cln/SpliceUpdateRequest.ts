// Original file: proto/node.proto


export interface SpliceUpdateRequest {
  'channel_id'?: (Buffer | Uint8Array | string);
  'psbt'?: (string);
}

export interface SpliceUpdateRequest__Output {
  'channel_id': (Buffer);
  'psbt': (string);
}
