// Original file: proto/greenhouse.proto


export interface StopNode {
  'node_id'?: (Buffer | Uint8Array | string);
}

export interface StopNode__Output {
  'node_id': (Buffer);
}
