// Original file: proto/node.proto


export interface DisconnectResponse {
}

export interface DisconnectResponse__Output {
}
