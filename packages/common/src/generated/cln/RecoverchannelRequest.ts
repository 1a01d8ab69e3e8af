// Original file: proto/node.proto


export interface RecoverchannelRequest {
  'scb'?: (Buffer | Uint8Array | string)[];
}

export interface RecoverchannelRequest__Output {
  'scb': (Buffer)[];
}
