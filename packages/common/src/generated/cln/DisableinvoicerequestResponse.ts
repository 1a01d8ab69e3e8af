// Original file: proto/node.proto


export interface DisableinvoicerequestResponse {
  'invreq_id'?: (Buffer | Uint8Array | string);
  'active'?: (boolean);
  'single_use'?: (boolean);
  'bolt12'?: (string);
  'used'?: (boolean);
  'label'?: (string);
  '_label'?: "label";
}

export interface DisableinvoicerequestResponse__Output {
  'invreq_id': (Buffer);
  'active': (boolean);
  'single_use': (boolean);
  'bolt12': (string);
  'used': (boolean);
  'label'?: (string);
  '_label'?: "label";
}
