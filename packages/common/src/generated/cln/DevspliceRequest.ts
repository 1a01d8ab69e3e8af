// Original file: proto/node.proto


export interface DevspliceRequest {
  'script_or_json'?: (string);
  'dryrun'?: (boolean);
  'force_feerate'?: (boolean);
  'debug_log'?: (boolean);
  'dev_wetrun'?: (boolean);
  '_dryrun'?: "dryrun";
  '_force_feerate'?: "force_feerate";
  '_debug_log'?: "debug_log";
  '_dev_wetrun'?: "dev_wetrun";
}

export interface DevspliceRequest__Output {
  'script_or_json': (string);
  'dryrun'?: (boolean);
  'force_feerate'?: (boolean);
  'debug_log'?: (boolean);
  'dev_wetrun'?: (boolean);
  '_dryrun'?: "dryrun";
  '_force_feerate'?: "force_feerate";
  '_debug_log'?: "debug_log";
  '_dev_wetrun'?: "dev_wetrun";
}
