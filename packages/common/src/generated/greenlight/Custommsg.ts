// Original file: proto/greenlight.proto


export interface Custommsg {
  'peer_id'?: (Buffer | Uint8Array | string);
  'payload'?: (Buffer | Uint8Array | string);
}

export interface Custommsg__Output {
  'peer_id': (Buffer);
  'payload': (Buffer);
}
