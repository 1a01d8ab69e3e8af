// Original file: proto/node.proto


export interface WaitinvoiceRequest {
  'label'?: (string);
}

export interface WaitinvoiceRequest__Output {
  'label': (string);
}
