// Original file: proto/node.proto


export interface SpliceinRequest {
  'channel'?: (string);
  'amount'?: (string);
}

export interface SpliceinRequest__Output {
  'channel': (string);
  'amount': (string);
}
