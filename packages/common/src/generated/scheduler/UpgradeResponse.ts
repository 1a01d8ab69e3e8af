// Original file: proto/scheduler.proto


export interface UpgradeResponse {
  'old_version'?: (string);
}

export interface UpgradeResponse__Output {
  'old_version': (string);
}
