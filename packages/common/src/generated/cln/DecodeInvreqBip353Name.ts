// Original file: proto/node.proto


export interface DecodeInvreqBip353Name {
  'name'?: (string);
  'domain'?: (string);
  '_name'?: "name";
  '_domain'?: "domain";
}

export interface DecodeInvreqBip353Name__Output {
  'name'?: (string);
  'domain'?: (string);
  '_name'?: "name";
  '_domain'?: "domain";
}
