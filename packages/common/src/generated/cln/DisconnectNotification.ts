// Original file: proto/node.proto


export interface DisconnectNotification {
  'id'?: (Buffer | Uint8Array | string);
}

export interface DisconnectNotification__Output {
  'id': (Buffer);
}
