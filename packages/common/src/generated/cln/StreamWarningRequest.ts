// Original file: proto/node.proto


export interface StreamWarningRequest {
}

export interface StreamWarningRequest__Output {
}
