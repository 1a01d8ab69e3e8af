// Original file: proto/node.proto


export interface AskrenedisablenodeRequest {
  'layer'?: (string);
  'node'?: (Buffer | Uint8Array | string);
}

export interface AskrenedisablenodeRequest__Output {
  'layer': (string);
  'node': (Buffer);
}
