// Original file: proto/node.proto


export interface CurrencyconvertRequest {
  'amount'?: (number | string);
  'currency'?: (string);
}

export interface CurrencyconvertRequest__Output {
  'amount': (number);
  'currency': (string);
}
