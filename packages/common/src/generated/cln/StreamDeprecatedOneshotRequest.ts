// Original file: proto/node.proto


export interface StreamDeprecatedOneshotRequest {
}

export interface StreamDeprecatedOneshotRequest__Output {
}
