// Original file: proto/node.proto


export interface SigninvoiceResponse {
  'bolt11'?: (string);
}

export interface SigninvoiceResponse__Output {
  'bolt11': (string);
}
