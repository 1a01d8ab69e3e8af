// Original file: proto/greenlight.proto


export interface GlConfig {
  'close_to_addr'?: (string);
}

export interface GlConfig__Output {
  'close_to_addr': (string);
}
