// Original file: proto/node.proto


export interface SpliceInitResponse {
  'psbt'?: (string);
}

export interface SpliceInitResponse__Output {
  'psbt': (string);
}
