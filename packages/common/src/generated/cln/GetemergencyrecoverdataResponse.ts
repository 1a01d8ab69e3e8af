// Original file: proto/node.proto


export interface GetemergencyrecoverdataResponse {
  'filedata'?: (Buffer | Uint8Array | string);
  'can_create_penalty'?: (boolean);
  'backed_up_channel_ids'?: (Buffer | Uint8Array | string)[];
  '_can_create_penalty'?: "can_create_penalty";
}

export interface GetemergencyrecoverdataResponse__Output {
  'filedata': (Buffer);
  'can_create_penalty'?: (boolean);
  'backed_up_channel_ids': (Buffer)[];
  '_can_create_penalty'?: "can_create_penalty";
}
