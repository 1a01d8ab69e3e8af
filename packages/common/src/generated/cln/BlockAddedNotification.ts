// Original file: proto/node.proto


export interface BlockAddedNotification {
  'hash'?: (Buffer | Uint8Array | string);
  'height'?: (number);
}

export interface BlockAddedNotification__Output {
  'hash': (Buffer);
  'height': (number);
}
