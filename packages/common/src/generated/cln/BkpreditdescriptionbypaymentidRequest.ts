// Original file: proto/node.proto


export interface BkpreditdescriptionbypaymentidRequest {
  'payment_id'?: (string);
  'description'?: (string);
}

export interface BkpreditdescriptionbypaymentidRequest__Output {
  'payment_id': (string);
  'description': (string);
}
