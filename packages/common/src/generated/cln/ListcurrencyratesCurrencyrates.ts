// Original file: proto/node.proto


export interface ListcurrencyratesCurrencyrates {
  'source'?: (string);
  'amount'?: (number | string);
}

export interface ListcurrencyratesCurrencyrates__Output {
  'source': (string);
  'amount': (number);
}
