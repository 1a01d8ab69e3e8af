// Original file: proto/greenhouse.proto


export interface NodeStopped {
  'node_id'?: (Buffer | Uint8Array | string);
  'reason'?: (string);
}

export interface NodeStopped__Output {
  'node_id': (Buffer);
  'reason': (string);
}
