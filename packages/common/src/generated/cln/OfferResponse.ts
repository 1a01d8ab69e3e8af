// Original file: proto/node.proto


export interface OfferResponse {
  'offer_id'?: (Buffer | Uint8Array | string);
  'active'?: (boolean);
  'single_use'?: (boolean);
  'bolt12'?: (string);
  'used'?: (boolean);
  'created'?: (boolean);
  'label'?: (string);
  'force_paths'?: (boolean);
  '_label'?: "label";
  '_force_paths'?: "force_paths";
}

export interface OfferResponse__Output {
  'offer_id': (Buffer);
  'active': (boolean);
  'single_use': (boolean);
  'bolt12': (string);
  'used': (boolean);
  'created': (boolean);
  'label'?: (string);
  'force_paths'?: (boolean);
  '_label'?: "label";
  '_force_paths'?: "force_paths";
}
