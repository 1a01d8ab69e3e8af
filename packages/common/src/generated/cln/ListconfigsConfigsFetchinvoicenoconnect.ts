// Original file: proto/node.proto


export interface ListconfigsConfigsFetchinvoicenoconnect {
  'set'?: (boolean);
  'source'?: (string);
  'plugin'?: (string);
  '_plugin'?: "plugin";
}

export interface ListconfigsConfigsFetchinvoicenoconnect__Output {
  'set': (boolean);
  'source': (string);
  'plugin'?: (string);
  '_plugin'?: "plugin";
}
