// Original file: proto/greenhouse.proto


export interface DeviceRuneRequest {
  'node_id'?: (Buffer | Uint8Array | string);
  'public_key'?: (Buffer | Uint8Array | string);
}

export interface DeviceRuneRequest__Output {
  'node_id': (Buffer);
  'public_key': (Buffer);
}
