// Original file: proto/node.proto


export interface ChannelOpenFailedNotification {
  'channel_id'?: (Buffer | Uint8Array | string);
}

export interface ChannelOpenFailedNotification__Output {
  'channel_id': (Buffer);
}
