// Original file: proto/node.proto


export interface StreamChannelStateChangedRequest {
}

export interface StreamChannelStateChangedRequest__Output {
}
