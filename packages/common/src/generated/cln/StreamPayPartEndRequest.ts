// Original file: proto/node.proto


export interface StreamPayPartEndRequest {
}

export interface StreamPayPartEndRequest__Output {
}
