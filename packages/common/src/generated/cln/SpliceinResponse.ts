// Original file: proto/node.proto


export interface SpliceinResponse {
  'psbt'?: (string);
  'tx'?: (string);
  'txid'?: (string);
  '_psbt'?: "psbt";
  '_tx'?: "tx";
  '_txid'?: "txid";
}

export interface SpliceinResponse__Output {
  'psbt'?: (string);
  'tx'?: (string);
  'txid'?: (string);
  '_psbt'?: "psbt";
  '_tx'?: "tx";
  '_txid'?: "txid";
}
