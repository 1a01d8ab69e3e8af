// Original file: proto/node.proto


export interface ListfundsRequest {
  'spent'?: (boolean);
  '_spent'?: "spent";
}

export interface ListfundsRequest__Output {
  'spent'?: (boolean);
  '_spent'?: "spent";
}
