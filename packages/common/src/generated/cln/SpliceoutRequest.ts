// Original file: proto/node.proto


export interface SpliceoutRequest {
  'channel'?: (string);
  'amount'?: (string);
  'destination'?: (string);
  'force_feerate'?: (boolean);
  '_destination'?: "destination";
  '_force_feerate'?: "force_feerate";
}

export interface SpliceoutRequest__Output {
  'channel': (string);
  'amount': (string);
  'destination'?: (string);
  'force_feerate'?: (boolean);
  '_destination'?: "destination";
  '_force_feerate'?: "force_feerate";
}
