// Original file: proto/node.proto


export interface PreapproveinvoiceRequest {
  'bolt11'?: (string);
}

export interface PreapproveinvoiceRequest__Output {
  'bolt11': (string);
}
