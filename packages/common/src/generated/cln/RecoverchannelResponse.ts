// Original file: proto/node.proto


export interface RecoverchannelResponse {
  'stubs'?: (string)[];
}

export interface RecoverchannelResponse__Output {
  'stubs': (string)[];
}
