// Original file: proto/greenlight.proto


export interface StartupMessage {
  'request'?: (Buffer | Uint8Array | string);
  'response'?: (Buffer | Uint8Array | string);
}

export interface StartupMessage__Output {
  'request': (Buffer);
  'response': (Buffer);
}
