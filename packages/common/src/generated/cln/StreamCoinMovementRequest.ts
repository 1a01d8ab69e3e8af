// Original file: proto/node.proto


export interface StreamCoinMovementRequest {
}

export interface StreamCoinMovementRequest__Output {
}
