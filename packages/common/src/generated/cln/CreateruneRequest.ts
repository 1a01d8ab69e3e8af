// Original file: proto/node.proto


export interface CreateruneRequest {
  'rune'?: (string);
  'restrictions'?: (string)[];
  '_rune'?: "rune";
}

export interface CreateruneRequest__Output {
  'rune'?: (string);
  'restrictions': (string)[];
  '_rune'?: "rune";
}
