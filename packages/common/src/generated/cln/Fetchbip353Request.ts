// Original file: proto/node.proto


export interface Fetchbip353Request {
  'address'?: (string);
}

export interface Fetchbip353Request__Output {
  'address': (string);
}
