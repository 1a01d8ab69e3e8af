// Original file: proto/node.proto


export interface StreamBlockAddedRequest {
}

export interface StreamBlockAddedRequest__Output {
}
