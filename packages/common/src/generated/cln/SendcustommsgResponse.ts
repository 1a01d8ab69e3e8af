// Original file: proto/node.proto


export interface SendcustommsgResponse {
  'status'?: (string);
}

export interface SendcustommsgResponse__Output {
  'status': (string);
}
