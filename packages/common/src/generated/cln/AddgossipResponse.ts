// Original file: proto/node.proto


export interface AddgossipResponse {
}

export interface AddgossipResponse__Output {
}
