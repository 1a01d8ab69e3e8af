// Original file: proto/node.proto


export interface HelpRequest {
  'command'?: (string);
  '_command'?: "command";
}

export interface HelpRequest__Output {
  'command'?: (string);
  '_command'?: "command";
}
