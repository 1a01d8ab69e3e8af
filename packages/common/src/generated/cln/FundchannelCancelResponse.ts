// Original file: proto/node.proto


export interface FundchannelCancelResponse {
  'cancelled'?: (string);
}

export interface FundchannelCancelResponse__Output {
  'cancelled': (string);
}
