// Original file: proto/node.proto


export interface WaitblockheightRequest {
  'blockheight'?: (number);
  'timeout'?: (number);
  '_timeout'?: "timeout";
}

export interface WaitblockheightRequest__Output {
  'blockheight': (number);
  'timeout'?: (number);
  '_timeout'?: "timeout";
}
