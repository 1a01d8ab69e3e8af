// Original file: proto/node.proto


export interface ListcurrencyratesRequest {
  'currency'?: (string);
}

export interface ListcurrencyratesRequest__Output {
  'currency': (string);
}
