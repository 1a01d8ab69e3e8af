// Original file: proto/node.proto


export interface StaticbackupRequest {
}

export interface StaticbackupRequest__Output {
}
