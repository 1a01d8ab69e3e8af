// Original file: proto/node.proto


export interface ListclosedchannelsClosedchannelsAlias {
  'local'?: (string);
  'remote'?: (string);
  '_local'?: "local";
  '_remote'?: "remote";
}

export interface ListclosedchannelsClosedchannelsAlias__Output {
  'local'?: (string);
  'remote'?: (string);
  '_local'?: "local";
  '_remote'?: "remote";
}
