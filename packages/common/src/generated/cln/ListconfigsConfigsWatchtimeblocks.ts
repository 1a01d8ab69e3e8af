// Original file: proto/node.proto


export interface ListconfigsConfigsWatchtimeblocks {
  'value_int'?: (number);
  'source'?: (string);
}

export interface ListconfigsConfigsWatchtimeblocks__Output {
  'value_int': (number);
  'source': (string);
}
