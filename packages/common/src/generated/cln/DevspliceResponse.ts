// Original file: proto/node.proto


export interface DevspliceResponse {
  'dryrun'?: (string)[];
  'psbt'?: (string);
  'tx'?: (string);
  'txid'?: (string);
  'log'?: (string)[];
  '_psbt'?: "psbt";
  '_tx'?: "tx";
  '_txid'?: "txid";
}

export interface DevspliceResponse__Output {
  'dryrun': (string)[];
  'psbt'?: (string);
  'tx'?: (string);
  'txid'?: (string);
  'log': (string)[];
  '_psbt'?: "psbt";
  '_tx'?: "tx";
  '_txid'?: "txid";
}
