// Original file: proto/node.proto


export interface StreamForwardEventRequest {
}

export interface StreamForwardEventRequest__Output {
}
