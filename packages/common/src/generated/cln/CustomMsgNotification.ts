// Original file: proto/node.proto


export interface CustomMsgNotification {
  'peer_id'?: (Buffer | Uint8Array | string);
  'payload'?: (Buffer | Uint8Array | string);
}

export interface CustomMsgNotification__Output {
  'peer_id': (Buffer);
  'payload': (Buffer);
}
