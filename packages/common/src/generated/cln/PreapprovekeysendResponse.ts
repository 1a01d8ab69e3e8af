// Original file: proto/node.proto


export interface PreapprovekeysendResponse {
}

export interface PreapprovekeysendResponse__Output {
}
