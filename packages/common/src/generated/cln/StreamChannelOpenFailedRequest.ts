// Original file: proto/node.proto


export interface StreamChannelOpenFailedRequest {
}

export interface StreamChannelOpenFailedRequest__Output {
}
