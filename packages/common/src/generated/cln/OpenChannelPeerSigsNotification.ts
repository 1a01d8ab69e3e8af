// Original file: proto/node.proto


export interface OpenChannelPeerSigsNotification {
  'channel_id'?: (Buffer | Uint8Array | string);
  'signed_psbt'?: (string);
}

export interface OpenChannelPeerSigsNotification__Output {
  'channel_id': (Buffer);
  'signed_psbt': (string);
}
