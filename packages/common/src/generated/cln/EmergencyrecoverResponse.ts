// Original file: proto/node.proto


export interface EmergencyrecoverResponse {
  'stubs'?: (Buffer | Uint8Array | string)[];
}

export interface EmergencyrecoverResponse__Output {
  'stubs': (Buffer)[];
}
