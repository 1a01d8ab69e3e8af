// Original file: proto/node.proto


export interface RenepaystatusRequest {
  'invstring'?: (string);
  '_invstring'?: "invstring";
}

export interface RenepaystatusRequest__Output {
  'invstring'?: (string);
  '_invstring'?: "invstring";
}
