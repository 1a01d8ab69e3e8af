// Original file: proto/node.proto


export interface BkprlistaccounteventsRequest {
  'account'?: (string);
  'payment_id'?: (string);
  '_account'?: "account";
  '_payment_id'?: "payment_id";
}

export interface BkprlistaccounteventsRequest__Output {
  'account'?: (string);
  'payment_id'?: (string);
  '_account'?: "account";
  '_payment_id'?: "payment_id";
}
