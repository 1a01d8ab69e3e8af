// Original file: proto/greenhouse.proto


export interface DeviceRuneResponse {
  'rune_restrictions'?: (string);
  'seed_holder'?: (boolean);
}

export interface DeviceRuneResponse__Output {
  'rune_restrictions': (string);
  'seed_holder': (boolean);
}
