// Original file: proto/node.proto


export interface GracefulRequest {
  'timeout'?: (number);
  '_timeout'?: "timeout";
}

export interface GracefulRequest__Output {
  'timeout'?: (number);
  '_timeout'?: "timeout";
}
