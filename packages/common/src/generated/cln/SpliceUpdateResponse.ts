// Original file: proto/node.proto


export interface SpliceUpdateResponse {
  'psbt'?: (string);
  'commitments_secured'?: (boolean);
  'signatures_secured'?: (boolean);
  '_signatures_secured'?: "signatures_secured";
}

export interface SpliceUpdateResponse__Output {
  'psbt': (string);
  'commitments_secured': (boolean);
  'signatures_secured'?: (boolean);
  '_signatures_secured'?: "signatures_secured";
}
