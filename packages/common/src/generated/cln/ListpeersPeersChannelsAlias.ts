// Original file: proto/node.proto


export interface ListpeersPeersChannelsAlias {
  'local'?: (string);
  'remote'?: (string);
  '_local'?: "local";
  '_remote'?: "remote";
}

export interface ListpeersPeersChannelsAlias__Output {
  'local'?: (string);
  'remote'?: (string);
  '_local'?: "local";
  '_remote'?: "remote";
}
