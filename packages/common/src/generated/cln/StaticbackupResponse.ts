// Original file: proto/node.proto


export interface StaticbackupResponse {
  'scb'?: (Buffer | Uint8Array | string)[];
}

export interface StaticbackupResponse__Output {
  'scb': (Buffer)[];
}
