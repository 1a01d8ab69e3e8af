// Original file: proto/node.proto


export interface DisableinvoicerequestRequest {
  'invreq_id'?: (string);
}

export interface DisableinvoicerequestRequest__Output {
  'invreq_id': (string);
}
