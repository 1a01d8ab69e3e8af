// Original file: proto/node.proto


export interface SigninvoiceRequest {
  'invstring'?: (string);
}

export interface SigninvoiceRequest__Output {
  'invstring': (string);
}
