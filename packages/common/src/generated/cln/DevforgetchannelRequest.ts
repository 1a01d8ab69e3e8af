// Original file: proto/node.proto


export interface DevforgetchannelRequest {
  'id'?: (Buffer | Uint8Array | string);
  'short_channel_id'?: (string);
  'channel_id'?: (Buffer | Uint8Array | string);
  'force'?: (boolean);
  '_short_channel_id'?: "short_channel_id";
  '_channel_id'?: "channel_id";
  '_force'?: "force";
}

export interface DevforgetchannelRequest__Output {
  'id': (Buffer);
  'short_channel_id'?: (string);
  'channel_id'?: (Buffer);
  'force'?: (boolean);
  '_short_channel_id'?: "short_channel_id";
  '_channel_id'?: "channel_id";
  '_force'?: "force";
}
