// Original file: proto/node.proto


export interface ListoffersOffers {
  'offer_id'?: (Buffer | Uint8Array | string);
  'active'?: (boolean);
  'single_use'?: (boolean);
  'bolt12'?: (string);
  'used'?: (boolean);
  'label'?: (string);
  'description'?: (string);
  'force_paths'?: (boolean);
  '_label'?: "label";
  '_description'?: "description";
  '_force_paths'?: "force_paths";
}

export interface ListoffersOffers__Output {
  'offer_id': (Buffer);
  'active': (boolean);
  'single_use': (boolean);
  'bolt12': (string);
  'used': (boolean);
  'label'?: (string);
  'description'?: (string);
  'force_paths'?: (boolean);
  '_label'?: "label";
  '_description'?: "description";
  '_force_paths'?: "force_paths";
}
