// Original file: proto/node.proto


export interface CreateruneResponse {
  'rune'?: (string);
  'unique_id'?: (string);
  'warning_unrestricted_rune'?: (string);
  '_warning_unrestricted_rune'?: "warning_unrestricted_rune";
}

export interface CreateruneResponse__Output {
  'rune': (string);
  'unique_id': (string);
  'warning_unrestricted_rune'?: (string);
  '_warning_unrestricted_rune'?: "warning_unrestricted_rune";
}
