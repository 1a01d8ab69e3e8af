// Original file: proto/node.proto


export interface ListconfigsConfigsTorservicepassword {
  'value_str'?: (string);
  'source'?: (string);
}

export interface ListconfigsConfigsTorservicepassword__Output {
  'value_str': (string);
  'source': (string);
}
