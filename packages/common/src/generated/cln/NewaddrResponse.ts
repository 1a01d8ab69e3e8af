// Original file: proto/node.proto


export interface NewaddrResponse {
  'bech32'?: (string);
  'p2sh_segwit'?: (string);
  'p2tr'?: (string);
  '_bech32'?: "bech32";
  '_p2sh_segwit'?: "p2sh_segwit";
  '_p2tr'?: "p2tr";
}

export interface NewaddrResponse__Output {
  'bech32'?: (string);
  'p2sh_segwit'?: (string);
  'p2tr'?: (string);
  '_bech32'?: "bech32";
  '_p2sh_segwit'?: "p2sh_segwit";
  '_p2tr'?: "p2tr";
}
