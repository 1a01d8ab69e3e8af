// Original file: proto/node.proto


export interface CurrencyrateRequest {
  'currency'?: (string);
  'source'?: (string);
  '_source'?: "source";
}

export interface CurrencyrateRequest__Output {
  'currency': (string);
  'source'?: (string);
  '_source'?: "source";
}
