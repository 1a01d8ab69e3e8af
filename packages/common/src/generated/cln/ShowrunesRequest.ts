// Original file: proto/node.proto


export interface ShowrunesRequest {
  'rune'?: (string);
  '_rune'?: "rune";
}

export interface ShowrunesRequest__Output {
  'rune'?: (string);
  '_rune'?: "rune";
}
