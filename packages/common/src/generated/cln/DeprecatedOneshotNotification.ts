// Original file: proto/node.proto


export interface DeprecatedOneshotNotification {
  'deprecated_ok'?: (boolean);
}

export interface DeprecatedOneshotNotification__Output {
  'deprecated_ok': (boolean);
}
