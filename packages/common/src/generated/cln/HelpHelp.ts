// Original file: proto/node.proto


export interface HelpHelp {
  'command'?: (string);
}

export interface HelpHelp__Output {
  'command': (string);
}
