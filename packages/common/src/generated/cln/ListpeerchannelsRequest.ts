// Original file: proto/node.proto


export interface ListpeerchannelsRequest {
  'id'?: (Buffer | Uint8Array | string);
  'short_channel_id'?: (string);
  'channel_id'?: (Buffer | Uint8Array | string);
  '_id'?: "id";
  '_short_channel_id'?: "short_channel_id";
  '_channel_id'?: "channel_id";
}

export interface ListpeerchannelsRequest__Output {
  'id'?: (Buffer);
  'short_channel_id'?: (string);
  'channel_id'?: (Buffer);
  '_id'?: "id";
  '_short_channel_id'?: "short_channel_id";
  '_channel_id'?: "channel_id";
}
