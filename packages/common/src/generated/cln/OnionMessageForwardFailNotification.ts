// Original file: proto/node.proto


export interface OnionMessageForwardFailNotification {
  'source'?: (Buffer | Uint8Array | string);
  'incoming'?: (Buffer | Uint8Array | string);
  'path_key'?: (Buffer | Uint8Array | string);
  'outgoing'?: (Buffer | Uint8Array | string);
  'next_node_id'?: (Buffer | Uint8Array | string);
  'next_short_channel_id_dir'?: (string);
  '_outgoing'?: "outgoing";
  '_next_node_id'?: "next_node_id";
  '_next_short_channel_id_dir'?: "next_short_channel_id_dir";
}

export interface OnionMessageForwardFailNotification__Output {
  'source': (Buffer);
  'incoming': (Buffer);
  'path_key': (Buffer);
  'outgoing'?: (Buffer);
  'next_node_id'?: (Buffer);
  'next_short_channel_id_dir'?: (string);
  '_outgoing'?: "outgoing";
  '_next_node_id'?: "next_node_id";
  '_next_short_channel_id_dir'?: "next_short_channel_id_dir";
}
