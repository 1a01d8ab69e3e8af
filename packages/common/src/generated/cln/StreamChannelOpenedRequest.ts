// Original file: proto/node.proto


export interface StreamChannelOpenedRequest {
}

export interface StreamChannelOpenedRequest__Output {
}
