// Original file: proto/node.proto


export interface MakesecretResponse {
  'secret'?: (Buffer | Uint8Array | string);
}

export interface MakesecretResponse__Output {
  'secret': (Buffer);
}
