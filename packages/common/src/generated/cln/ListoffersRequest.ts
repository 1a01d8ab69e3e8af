// Original file: proto/node.proto


export interface ListoffersRequest {
  'offer_id'?: (Buffer | Uint8Array | string);
  'active_only'?: (boolean);
  '_offer_id'?: "offer_id";
  '_active_only'?: "active_only";
}

export interface ListoffersRequest__Output {
  'offer_id'?: (Buffer);
  'active_only'?: (boolean);
  '_offer_id'?: "offer_id";
  '_active_only'?: "active_only";
}
