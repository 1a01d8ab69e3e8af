// Original file: proto/node.proto


export interface ListconfigsConfigsDisablempp {
  'set'?: (boolean);
  'source'?: (string);
  'plugin'?: (string);
  '_plugin'?: "plugin";
}

export interface ListconfigsConfigsDisablempp__Output {
  'set': (boolean);
  'source': (string);
  'plugin'?: (string);
  '_plugin'?: "plugin";
}
