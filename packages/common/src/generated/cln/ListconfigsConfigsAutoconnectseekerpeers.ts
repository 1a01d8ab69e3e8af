// Original file: proto/node.proto


export interface ListconfigsConfigsAutoconnectseekerpeers {
  'value_int'?: (number);
  'source'?: (string);
}

export interface ListconfigsConfigsAutoconnectseekerpeers__Output {
  'value_int': (number);
  'source': (string);
}
