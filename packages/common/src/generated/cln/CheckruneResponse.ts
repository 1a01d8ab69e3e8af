// Original file: proto/node.proto


export interface CheckruneResponse {
  'valid'?: (boolean);
}

export interface CheckruneResponse__Output {
  'valid': (boolean);
}
