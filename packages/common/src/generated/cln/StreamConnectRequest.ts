// Original file: proto/node.proto


export interface StreamConnectRequest {
}

export interface StreamConnectRequest__Output {
}
