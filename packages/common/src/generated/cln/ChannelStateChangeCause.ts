// Original file: proto/node.proto


export interface ChannelStateChangeCause {
}

export interface ChannelStateChangeCause__Output {
}
