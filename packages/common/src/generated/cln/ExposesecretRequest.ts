// Original file: proto/node.proto


export interface ExposesecretRequest {
  'passphrase'?: (string);
  'identifier'?: (string);
  '_identifier'?: "identifier";
}

export interface ExposesecretRequest__Output {
  'passphrase': (string);
  'identifier'?: (string);
  '_identifier'?: "identifier";
}
