// Original file: proto/node.proto


export interface SpliceSignedResponse {
  'tx'?: (Buffer | Uint8Array | string);
  'txid'?: (Buffer | Uint8Array | string);
  'outnum'?: (number);
  'psbt'?: (string);
  '_outnum'?: "outnum";
}

export interface SpliceSignedResponse__Output {
  'tx': (Buffer);
  'txid': (Buffer);
  'outnum'?: (number);
  'psbt': (string);
  '_outnum'?: "outnum";
}
