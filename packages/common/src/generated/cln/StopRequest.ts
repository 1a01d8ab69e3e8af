// Original file: proto/node.proto


export interface StopRequest {
}

export interface StopRequest__Output {
}
