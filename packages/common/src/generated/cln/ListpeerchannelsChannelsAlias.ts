// Original file: proto/node.proto


export interface ListpeerchannelsChannelsAlias {
  'local'?: (string);
  'remote'?: (string);
  '_local'?: "local";
  '_remote'?: "remote";
}

export interface ListpeerchannelsChannelsAlias__Output {
  'local'?: (string);
  'remote'?: (string);
  '_local'?: "local";
  '_remote'?: "remote";
}
