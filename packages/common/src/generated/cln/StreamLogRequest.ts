// Original file: proto/node.proto


export interface StreamLogRequest {
}

export interface StreamLogRequest__Output {
}
