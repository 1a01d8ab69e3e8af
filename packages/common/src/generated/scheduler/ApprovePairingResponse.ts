// Original file: proto/scheduler.proto


export interface ApprovePairingResponse {
  'device_id'?: (string);
  'node_id'?: (Buffer | Uint8Array | string);
  'rune'?: (string);
}

export interface ApprovePairingResponse__Output {
  'device_id': (string);
  'node_id': (Buffer);
  'rune': (string);
}
