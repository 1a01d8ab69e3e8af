// Original file: proto/node.proto


export interface ListinvoicerequestsInvoicerequests {
  'invreq_id'?: (Buffer | Uint8Array | string);
  'active'?: (boolean);
  'single_use'?: (boolean);
  'bolt12'?: (string);
  'used'?: (boolean);
  'label'?: (string);
  '_label'?: "label";
}

export interface ListinvoicerequestsInvoicerequests__Output {
  'invreq_id': (Buffer);
  'active': (boolean);
  'single_use': (boolean);
  'bolt12': (string);
  'used': (boolean);
  'label'?: (string);
  '_label'?: "label";
}
