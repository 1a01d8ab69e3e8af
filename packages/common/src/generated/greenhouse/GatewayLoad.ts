// Original file: proto/greenhouse.proto


export interface GatewayLoad {
  'running'?: (number);
  'capacity'?: (number);
}

export interface GatewayLoad__Output {
  'running': (number);
  'capacity': (number);
}
