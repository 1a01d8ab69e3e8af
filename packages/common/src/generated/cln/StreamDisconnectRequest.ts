// Original file: proto/node.proto


export interface StreamDisconnectRequest {
}

export interface StreamDisconnectRequest__Output {
}
