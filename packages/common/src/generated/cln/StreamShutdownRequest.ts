// Original file: proto/node.proto


export interface StreamShutdownRequest {
}

export interface StreamShutdownRequest__Output {
}
