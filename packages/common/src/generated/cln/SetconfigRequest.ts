// Original file: proto/node.proto


export interface SetconfigRequest {
  'config'?: (string);
  'val'?: (string);
  'transient'?: (boolean);
  '_val'?: "val";
  '_transient'?: "transient";
}

export interface SetconfigRequest__Output {
  'config': (string);
  'val'?: (string);
  'transient'?: (boolean);
  '_val'?: "val";
  '_transient'?: "transient";
}
