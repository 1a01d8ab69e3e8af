// Original file: proto/node.proto


export interface CancelrecurringinvoiceResponse {
  'bolt12'?: (string);
}

export interface CancelrecurringinvoiceResponse__Output {
  'bolt12': (string);
}
