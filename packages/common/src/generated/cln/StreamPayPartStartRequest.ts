// Original file: proto/node.proto


export interface StreamPayPartStartRequest {
}

export interface StreamPayPartStartRequest__Output {
}
