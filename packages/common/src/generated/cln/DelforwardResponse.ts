// Original file: proto/node.proto


export interface DelforwardResponse {
}

export interface DelforwardResponse__Output {
}
