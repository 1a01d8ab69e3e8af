// Original file: proto/node.proto


export interface ListpeersPeersChannelsFeerate {
  'perkw'?: (number);
  'perkb'?: (number);
}

export interface ListpeersPeersChannelsFeerate__Output {
  'perkw': (number);
  'perkb': (number);
}
