// Original file: proto/node.proto


export interface StreamOnionMessageForwardFailRequest {
}

export interface StreamOnionMessageForwardFailRequest__Output {
}
