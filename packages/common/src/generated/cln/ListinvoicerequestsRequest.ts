// Original file: proto/node.proto


export interface ListinvoicerequestsRequest {
  'invreq_id'?: (string);
  'active_only'?: (boolean);
  '_invreq_id'?: "invreq_id";
  '_active_only'?: "active_only";
}

export interface ListinvoicerequestsRequest__Output {
  'invreq_id'?: (string);
  'active_only'?: (boolean);
  '_invreq_id'?: "invreq_id";
  '_active_only'?: "active_only";
}
