// Original file: proto/node.proto


export interface ExposesecretResponse {
  'identifier'?: (string);
  'codex32'?: (string);
  'mnemonic'?: (string);
  '_mnemonic'?: "mnemonic";
}

export interface ExposesecretResponse__Output {
  'identifier': (string);
  'codex32': (string);
  'mnemonic'?: (string);
  '_mnemonic'?: "mnemonic";
}
