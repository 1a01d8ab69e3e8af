// Original file: proto/node.proto


export interface CurrencyrateResponse {
  'rate'?: (number | string);
}

export interface CurrencyrateResponse__Output {
  'rate': (number);
}
