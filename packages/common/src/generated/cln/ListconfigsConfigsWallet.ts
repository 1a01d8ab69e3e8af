// Original file: proto/node.proto


export interface ListconfigsConfigsWallet {
  'value_str'?: (string);
  'source'?: (string);
}

export interface ListconfigsConfigsWallet__Output {
  'value_str': (string);
  'source': (string);
}
