// Original file: proto/node.proto


export interface ListconfigsConfigsAnnounceaddr {
  'values_str'?: (string)[];
  'sources'?: (string)[];
}

export interface ListconfigsConfigsAnnounceaddr__Output {
  'values_str': (string)[];
  'sources': (string)[];
}
