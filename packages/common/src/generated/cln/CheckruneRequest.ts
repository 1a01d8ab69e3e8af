// Original file: proto/node.proto


export interface CheckruneRequest {
  'rune'?: (string);
  'nodeid'?: (string);
  'method'?: (string);
  'params'?: (string)[];
  '_nodeid'?: "nodeid";
  '_method'?: "method";
}

export interface CheckruneRequest__Output {
  'rune': (string);
  'nodeid'?: (string);
  'method'?: (string);
  'params': (string)[];
  '_nodeid'?: "nodeid";
  '_method'?: "method";
}
