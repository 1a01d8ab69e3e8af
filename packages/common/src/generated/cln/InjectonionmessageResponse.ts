// Original file: proto/node.proto


export interface InjectonionmessageResponse {
}

export interface InjectonionmessageResponse__Output {
}
