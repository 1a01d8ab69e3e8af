// Original file: proto/node.proto


export interface ListpeerchannelsChannelsFeerate {
  'perkw'?: (number);
  'perkb'?: (number);
}

export interface ListpeerchannelsChannelsFeerate__Output {
  'perkw': (number);
  'perkb': (number);
}
