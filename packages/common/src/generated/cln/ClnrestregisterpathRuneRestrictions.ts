// Original file: proto/node.proto


export interface ClnrestregisterpathRuneRestrictions {
  'nodeid'?: (string);
  'method'?: (string);
  'params'?: ({[key: string]: string});
  '_nodeid'?: "nodeid";
  '_method'?: "method";
}

export interface ClnrestregisterpathRuneRestrictions__Output {
  'nodeid'?: (string);
  'method'?: (string);
  'params': ({[key: string]: string});
  '_nodeid'?: "nodeid";
  '_method'?: "method";
}
