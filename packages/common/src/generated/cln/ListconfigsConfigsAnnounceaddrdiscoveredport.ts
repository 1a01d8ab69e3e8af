// Original file: proto/node.proto


export interface ListconfigsConfigsAnnounceaddrdiscoveredport {
  'value_int'?: (number);
  'source'?: (string);
}

export interface ListconfigsConfigsAnnounceaddrdiscoveredport__Output {
  'value_int': (number);
  'source': (string);
}
