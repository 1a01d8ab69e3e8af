// Original file: proto/node.proto


export interface ListconfigsConfigsFundingconfirms {
  'value_int'?: (number);
  'source'?: (string);
}

export interface ListconfigsConfigsFundingconfirms__Output {
  'value_int': (number);
  'source': (string);
}
