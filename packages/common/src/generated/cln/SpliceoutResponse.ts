// Original file: proto/node.proto


export interface SpliceoutResponse {
  'psbt'?: (string);
  'tx'?: (string);
  'txid'?: (string);
  '_psbt'?: "psbt";
  '_tx'?: "tx";
  '_txid'?: "txid";
}

export interface SpliceoutResponse__Output {
  'psbt'?: (string);
  'tx'?: (string);
  'txid'?: (string);
  '_psbt'?: "psbt";
  '_tx'?: "tx";
  '_txid'?: "txid";
}
