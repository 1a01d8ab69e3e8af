// Original file: proto/node.proto


export interface PingResponse {
  'totlen'?: (number);
}

export interface PingResponse__Output {
  'totlen': (number);
}
