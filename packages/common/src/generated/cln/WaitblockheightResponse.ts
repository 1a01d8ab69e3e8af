// Original file: proto/node.proto


export interface WaitblockheightResponse {
  'blockheight'?: (number);
}

export interface WaitblockheightResponse__Output {
  'blockheight': (number);
}
